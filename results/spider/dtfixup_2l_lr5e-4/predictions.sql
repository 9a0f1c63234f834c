SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Name, T1.Age, T1.Age FROM singer AS T1 ORDER BY T1.Age DESC
SELECT T1.Name, T1.Country, T1.Age FROM singer AS T1 ORDER BY T1.Age DESC
SELECT avg(T1.Age), min(T1.Age) FROM singer AS T1 WHERE T1.Country = 'France'
SELECT avg(T1.Age), min(T1.Age) FROM singer AS T1 WHERE T1.Country = 'French'
SELECT T1.Name, T1.Song_release_year FROM singer AS T1 JOIN singer_in_concert AS T2 ON T2.Singer_ID = T1.Singer_ID ORDER BY T1.Age LIMIT 1
SELECT T1.Name, T1.Song_release_year FROM singer AS T1 JOIN singer_in_concert AS T2 ON T2.Singer_ID = T1.Singer_ID ORDER BY T1.Age LIMIT 1
SELECT DISTINCT T1.Country FROM singer AS T1 WHERE T1.Age > 20
SELECT DISTINCT T1.Country FROM singer AS T1 WHERE T1.Age > 20
SELECT T1.Country, count(*) FROM singer AS T1 GROUP BY T1.Country
SELECT count(*), T1.Country FROM singer AS T1 GROUP BY T1.Country
SELECT T1.Song_Name FROM singer AS T1 WHERE T1.Age > (SELECT avg(T2.Age) FROM singer AS T2)
SELECT T1.Song_Name FROM singer AS T1 WHERE T1.Age > (SELECT avg(T2.Age) FROM singer AS T2)
SELECT T1.Name, T1.Location FROM stadium AS T1 WHERE T1.Capacity BETWEEN 5000 AND 10000
SELECT T1.Location, T1.Name FROM stadium AS T1 WHERE T1.Capacity BETWEEN 5000 AND 10000
SELECT max(T1.Capacity), max(T1.Average) FROM stadium AS T1
SELECT avg(T1.Capacity), max(T1.Capacity) FROM stadium AS T1
SELECT T1.Name, T1.Capacity FROM stadium AS T1 ORDER BY T1.Average DESC LIMIT 1
SELECT T1.Name, T1.Capacity FROM stadium AS T1 ORDER BY T1.Average DESC LIMIT 1
SELECT count(*) FROM concert AS T1 WHERE T1.Year = 2014
SELECT count(*) FROM concert AS T1 WHERE T1.Year = 2014
SELECT T2.Name, count(*) FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY T1.Stadium_ID
SELECT count(*), T1.concert_Name FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY T1.Stadium_ID
SELECT T1.Name, T1.Capacity FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID WHERE T1.Capacity > 2014 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name, T1.Capacity FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID WHERE T1.Average > 2013 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Year FROM concert AS T1 GROUP BY T1.Year ORDER BY count(*) DESC LIMIT 1
SELECT T1.Year FROM concert AS T1 GROUP BY T1.Year ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM stadium AS T1 WHERE concert.Stadium_ID NOT IN (SELECT T2.Stadium_ID FROM concert AS T2)
SELECT T1.Name FROM stadium AS T1 WHERE T1.Stadium_ID NOT IN (SELECT T2.Stadium_ID FROM concert AS T2)
SELECT T1.Country FROM singer AS T1 WHERE T1.Age > 40 INTERSECT SELECT T2.Country FROM singer AS T2 WHERE T2.Age < 30
SELECT T1.Name FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID WHERE T2.Year != 2014
SELECT T1.Name FROM stadium AS T1 WHERE concert.concert_Name != 2014
SELECT T1.Theme, count(*) FROM concert AS T1 JOIN singer_in_concert AS T2 ON T2.concert_ID = T1.concert_ID GROUP BY T1.Theme
SELECT T1.Name, count(*) FROM singer AS T1 JOIN singer_in_concert AS T2 ON T2.Singer_ID = T1.Singer_ID GROUP BY concert.Theme
SELECT T1.Name, count(*) FROM singer AS T1 JOIN singer_in_concert AS T2 ON T2.Singer_ID = T1.Singer_ID GROUP BY T2.Singer_ID
SELECT T1.Name, count(*) FROM singer AS T1 JOIN singer_in_concert AS T2 ON T2.Singer_ID = T1.Singer_ID GROUP BY T2.Singer_ID
SELECT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T2.Singer_ID = T1.Singer_ID WHERE concert.Year = 2014
SELECT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T2.Singer_ID = T1.Singer_ID WHERE concert.concert_Name = 2014
SELECT T1.Name, T1.Song_Name FROM singer AS T1 JOIN singer_in_concert AS T2 JOIN singer_in_concert AS T3 ON T2.Singer_ID = T1.Singer_ID AND T3.Singer_ID = T1.Singer_ID WHERE T1.Song_Name LIKE '%Hey%'
SELECT T1.Name, T1.Country FROM singer AS T1 JOIN singer_in_concert AS T2 ON T2.Singer_ID = T1.Singer_ID WHERE T1.Song_Name LIKE '%Hey%'
SELECT T1.Name, T1.Location FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID WHERE T2.Year = 2014 OR T2.Year = 2015
SELECT T1.Name, T1.Location FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID WHERE T2.concert_Name = 2014 OR T1.Lowest = 2015
SELECT count(*) FROM stadium AS T1 ORDER BY T1.Capacity DESC LIMIT 1
SELECT count(*) FROM stadium AS T1 ORDER BY T1.Capacity DESC LIMIT 1
SELECT count(*) FROM Pets AS T1 WHERE T1.weight > 10
SELECT count(*) FROM Pets AS T1 WHERE T1.weight > 10
SELECT T1.weight FROM Pets AS T1 ORDER BY T1.pet_age LIMIT 1
SELECT max(T1.weight) FROM Pets AS T1
SELECT max(T1.weight), max(T1.PetType) FROM Pets AS T1 GROUP BY T1.PetType
SELECT max(T1.weight), max(T1.PetType) FROM Pets AS T1 GROUP BY T1.PetType
SELECT count(*) FROM Student AS T1 WHERE T1.Age > 20
SELECT count(*) FROM Student AS T1 WHERE T1.Age > 20
SELECT count(*) FROM Student AS T1 JOIN Pets AS T2 WHERE T1.Sex = 'F' AND T1.Sex = 'value'
SELECT count(*) FROM Pets AS T1 WHERE T1.PetType = 'value'
SELECT count(DISTINCT T1.PetType) FROM Pets AS T1
SELECT count(DISTINCT T1.PetType) FROM Pets AS T1
SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID WHERE Pets.PetType = 'value'
SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID WHERE Pets.PetType = 'value' INTERSECT SELECT T3.Fname FROM Student AS T3 JOIN Has_Pet AS T4 ON T4.StuID = T3.StuID WHERE Pets.PetType = 'value'
SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID WHERE Pets.PetType = 'value' INTERSECT SELECT T3.Fname FROM Student AS T3 JOIN Has_Pet AS T4 ON T4.StuID = T3.StuID WHERE Pets.PetType = 'value'
SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID WHERE Pets.PetType = 'value' INTERSECT SELECT T3.Fname FROM Student AS T3 JOIN Has_Pet AS T4 ON T4.StuID = T3.StuID WHERE Pets.PetType = 'value'
SELECT T1.Major, T1.Age FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T1.StuID FROM Pets AS T2)
SELECT T1.Major, count(*) FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T1.StuID FROM Has_Pet AS T2)
SELECT T1.StuID FROM Student AS T1 EXCEPT SELECT Student.StuID FROM Has_Pet AS T2
SELECT T1.StuID FROM Student AS T1 EXCEPT SELECT Student.StuID FROM Has_Pet AS T2
SELECT T1.Fname, T1.Age FROM Student AS T1 WHERE Pets.PetType != 'value'
SELECT T1.Fname FROM Student AS T1 WHERE T1.Sex != 'value'
SELECT T1.PetType, T1.weight FROM Pets AS T1 ORDER BY T1.pet_age LIMIT 1
SELECT T1.PetType, T1.pet_age FROM Pets AS T1 ORDER BY T1.pet_age LIMIT 1
SELECT T1.PetID, T1.weight FROM Pets AS T1 WHERE T1.pet_age > 1
SELECT T1.PetID, T1.weight FROM Pets AS T1 WHERE T1.pet_age > 1
SELECT avg(T1.pet_age), max(T1.pet_age) FROM Pets AS T1 GROUP BY T1.PetType
SELECT avg(T1.pet_age), max(T1.PetType) FROM Pets AS T1 GROUP BY T1.PetType
SELECT avg(T1.weight), T1.PetType FROM Pets AS T1 GROUP BY T1.PetType
SELECT avg(T1.weight), T1.PetType FROM Pets AS T1 GROUP BY T1.PetType
SELECT T1.Fname, T1.Age FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID
SELECT DISTINCT T1.Fname, T1.Age FROM Student AS T1 JOIN Pets AS T2
SELECT Pets.PetID FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID WHERE T1.LName = 'Smith'
SELECT Pets.PetID FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID WHERE T1.LName = 'Smith'
SELECT count(*), Student.StuID FROM Has_Pet AS T1 GROUP BY Student.StuID
SELECT count(*), T1.StuID FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID GROUP BY T1.StuID
SELECT T1.Fname, T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID GROUP BY T1.StuID HAVING count(*) > 1
SELECT T1.Fname, T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID GROUP BY T1.StuID HAVING count(*) > 1
SELECT T1.LName FROM Student AS T1 WHERE T1.Age = 3
SELECT T1.LName FROM Student AS T1 WHERE T1.Age = 3
SELECT avg(T1.Age) FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T1.StuID FROM Pets AS T2)
SELECT avg(T1.Age) FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T1.StuID FROM Pets AS T2)
SELECT count(*) FROM countries AS T1
SELECT count(*) FROM countries AS T1
SELECT T1.CountryName, count(*) FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContId GROUP BY T1.CountryId
SELECT T1.CountryName, count(*) FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T1.CountryId
SELECT count(*) FROM countries AS T1
SELECT count(*) FROM countries AS T1
SELECT count(*), T2.FullName FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id GROUP BY T2.FullName
SELECT T1.FullName, count(*) FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId GROUP BY T1.Id
SELECT car_names.Model FROM cars_data AS T1 ORDER BY T1.Horsepower LIMIT 1
SELECT car_names.Model FROM cars_data AS T1 ORDER BY T1.Horsepower LIMIT 1
SELECT avg(T1.Weight) FROM cars_data AS T1 WHERE T1.Weight < (SELECT avg(T2.Weight) FROM cars_data AS T2)
SELECT car_names.Model FROM cars_data AS T1 WHERE T1.Weight < (SELECT avg(T2.Weight) FROM cars_data AS T2)
SELECT T1.Maker FROM car_makers AS T1 JOIN car_makers AS T2 WHERE cars_data.Year > 1970
SELECT DISTINCT T1.FullName FROM car_makers AS T1 JOIN car_makers AS T2 WHERE T1.Maker = 1970
SELECT T1.Make, cars_data.Year FROM car_names AS T1 ORDER BY cars_data.Year LIMIT 1
SELECT T1.Maker FROM car_makers AS T1 WHERE cars_data.Year LIKE 'value'
SELECT DISTINCT T1.Model FROM car_names AS T1 WHERE cars_data.Year > 1980
SELECT DISTINCT car_names.Model FROM model_list AS T1 WHERE T1.Maker > 1980
SELECT count(*), T2.Maker FROM continents AS T1 JOIN car_makers AS T2 GROUP BY T2.Maker
SELECT T2.Maker, count(*) FROM continents AS T1 JOIN car_makers AS T2 GROUP BY T2.Maker
SELECT T1.Country FROM car_makers AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT T1.Country FROM car_makers AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT count(*), T2.Maker FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id GROUP BY T2.Maker
SELECT count(*), T2.FullName FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id GROUP BY T2.Maker
SELECT T1.Accelerate FROM cars_data AS T1 WHERE car_names.Make = 'value' OR car_names.Make = 'value'
SELECT sum(T2.Accelerate) FROM car_names AS T1 JOIN cars_data AS T2 ON T2.Id = T1.MakeId WHERE T1.Make = 'value' AND T1.Make = 'value'
SELECT count(*) FROM car_makers AS T1 WHERE T1.Maker = 'value'
SELECT count(*) FROM car_makers AS T1 WHERE T1.Maker = 'France'
SELECT count(*) FROM model_list AS T1 WHERE countries.CountryName = 'value'
SELECT count(*) FROM model_list AS T1 WHERE car_names.Model = 'United States'
SELECT avg(T1.Cylinders) FROM cars_data AS T1 WHERE T1.MPG = 4
SELECT avg(T1.Cylinders) FROM cars_data AS T1 WHERE T1.Cylinders = 4
SELECT min(T1.Weight) FROM cars_data AS T1 WHERE T1.Cylinders = 8
SELECT min(T1.Weight) FROM cars_data AS T1 WHERE T1.Cylinders = 8
SELECT T1.Maker, model_list.Model FROM car_makers AS T1
SELECT T1.Maker, model_list.Model FROM car_makers AS T1
SELECT DISTINCT T2.Country FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T2.Country HAVING count(*) >= 1
SELECT T1.CountryName, T2.Maker FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T2.Country HAVING count(*) >= 1
SELECT count(*) FROM cars_data AS T1 WHERE T1.Horsepower > 150
SELECT count(*) FROM cars_data AS T1 WHERE T1.Horsepower > 150
SELECT avg(T1.Weight), T1.Year FROM cars_data AS T1 GROUP BY T1.Year
SELECT avg(T1.Weight), T1.Year FROM cars_data AS T1 GROUP BY T1.Year
SELECT T1.CountryName FROM countries AS T1 GROUP BY T1.CountryName HAVING count(*) >= 3
SELECT T1.CountryName FROM countries AS T1 WHERE car_makers.Country = 'European' GROUP BY T1.CountryName HAVING count(*) >= 3
SELECT max(T1.Horsepower), max(T1.Cylinders) FROM cars_data AS T1
SELECT max(T1.Horsepower) FROM cars_data AS T1 ORDER BY T1.Cylinders DESC LIMIT 1
SELECT car_names.Model FROM model_list AS T1 WHERE countries.CountryName = 'value' GROUP BY car_names.Model ORDER BY count(*) DESC LIMIT 1
SELECT T1.Model FROM car_names AS T1 ORDER BY cars_data.MPG DESC LIMIT 1
SELECT avg(T1.Horsepower) FROM cars_data AS T1 WHERE T1.Horsepower < 1980
SELECT avg(T1.Horsepower) FROM cars_data AS T1 WHERE T1.Horsepower < 1980
SELECT avg(T2.Edispl) FROM car_names AS T1 JOIN cars_data AS T2 ON T2.Id = T1.MakeId WHERE T1.Model = 'value'
SELECT avg(*) FROM countries AS T1
SELECT max(T1.Accelerate), max(T1.Accelerate) FROM cars_data AS T1
SELECT max(T1.Cylinders) FROM cars_data AS T1
SELECT T1.Model FROM car_names AS T1 GROUP BY T1.Model ORDER BY count(*) DESC LIMIT 1
SELECT car_names.Model FROM model_list AS T1 GROUP BY T1.Model ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders > 4
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders > 4
SELECT count(*) FROM car_names AS T1 WHERE cars_data.Year = 1980
SELECT count(*) FROM cars_data AS T1 WHERE T1.Year = 1980
SELECT count(*) FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id WHERE T2.FullName = 'American Motor Company'
SELECT count(*) FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id WHERE T2.Maker = 'American Motor Company'
SELECT T1.Maker, T1.FullName FROM car_makers AS T1 GROUP BY T1.Maker HAVING count(*) > 3
SELECT car_names.Model, T1.Maker FROM car_makers AS T1 GROUP BY T1.Maker HAVING count(*) > 3
SELECT DISTINCT car_names.Model FROM car_makers AS T1 WHERE T1.FullName > 3500 OR T1.FullName > 'value'
SELECT DISTINCT car_names.Model FROM car_makers AS T1 WHERE T1.Maker > 3500 OR T1.Maker > 'value'
SELECT T1.Year FROM cars_data AS T1 WHERE T1.Year > 3000 OR T1.Year < 4000
SELECT DISTINCT T1.Year FROM cars_data AS T1 WHERE T1.Year > 4000 OR T1.Year > 3000
SELECT T1.Horsepower FROM cars_data AS T1 ORDER BY T1.Accelerate DESC LIMIT 1
SELECT T1.Horsepower FROM cars_data AS T1 ORDER BY T1.Accelerate DESC LIMIT 1
SELECT count(*) FROM cars_data AS T1 WHERE T1.Accelerate = 'value' ORDER BY T1.Accelerate LIMIT 1
SELECT count(*) FROM cars_data AS T1 WHERE T1.Accelerate = 'value'
SELECT count(*) FROM cars_data AS T1 WHERE T1.Accelerate > (SELECT max(T2.Accelerate) FROM cars_data AS T2)
SELECT count(*) FROM cars_data AS T1 WHERE T1.Accelerate > (SELECT max(T2.Accelerate) FROM cars_data AS T2)
SELECT count(DISTINCT T1.Country) FROM car_makers AS T1 GROUP BY T1.Country HAVING count(*) > 2
SELECT count(*) FROM car_makers AS T1 WHERE T1.Maker > 2 GROUP BY T1.Country HAVING count(*) > 'value'
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders > 6
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders > 6
SELECT T1.Cylinders FROM cars_data AS T1 ORDER BY T1.Horsepower DESC LIMIT 1
SELECT car_names.Model FROM cars_data AS T1 ORDER BY T1.Horsepower DESC LIMIT 1
SELECT car_names.Make FROM cars_data AS T1 WHERE T1.Cylinders > 3 EXCEPT SELECT T2.Make FROM car_names AS T2 JOIN cars_data AS T3 ON T3.Id = T2.MakeId WHERE T3.Cylinders > 'value'
SELECT DISTINCT car_names.Make FROM cars_data AS T1 WHERE T1.Cylinders < 4
SELECT max(T1.Cylinders) FROM cars_data AS T1 WHERE T1.Cylinders < 8
SELECT max(T1.Cylinders) FROM cars_data AS T1 WHERE T1.Cylinders < 8
SELECT car_names.Model FROM model_list AS T1 WHERE countries.CountryName != 'Ford Motor Company' EXCEPT SELECT car_names.Model FROM model_list AS T2 WHERE countries.CountryName = 3500
SELECT DISTINCT car_names.Model FROM model_list AS T1 WHERE countries.CountryName != 'Ford Motor Company' EXCEPT SELECT DISTINCT car_names.Model FROM model_list AS T2 WHERE countries.CountryName = 3500
SELECT T1.CountryName FROM countries AS T1 WHERE T1.CountryId NOT IN (SELECT T2.Country FROM car_makers AS T2)
SELECT car_makers.Country FROM countries AS T1 WHERE T1.CountryId NOT IN (SELECT T2.Country FROM car_makers AS T2)
SELECT T1.Maker FROM car_makers AS T1 GROUP BY T1.Maker HAVING count(*) > 2
SELECT T1.Id, T1.Maker FROM car_makers AS T1 GROUP BY T1.Maker HAVING count(*) > 2
SELECT T1.Id, T1.Country FROM car_makers AS T1 WHERE T1.Maker > 3
SELECT T1.Country, T1.Country FROM car_makers AS T1 WHERE T1.Maker > 3 INTERSECT SELECT T2.Country, T2.Country FROM car_makers AS T2 WHERE T2.Maker > 'value'
SELECT T1.Country FROM airlines AS T1 WHERE T1.Airline = 'JetBlue Airways'
SELECT T1.Country FROM airports AS T1 WHERE T1.AirportName = 'Jetblue Airways'
SELECT T1.Abbreviation FROM airlines AS T1 WHERE T1.Airline = 'JetBlue Airways'
SELECT T1.Abbreviation FROM airlines AS T1 WHERE T1.Abbreviation = 'Jetblue Airways'
SELECT T1.Airline, T1.Abbreviation FROM airlines AS T1 WHERE T1.Abbreviation = 'USA'
SELECT T1.Airline, T1.Abbreviation FROM airlines AS T1 WHERE T1.Country = 'USA'
SELECT T1.AirportCode, T1.City FROM airports AS T1 WHERE T1.City = 'Anthony'
SELECT T1.AirportCode, T1.AirportName FROM airports AS T1 WHERE T1.City = 'Anthony'
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airports AS T1
SELECT count(*) FROM airports AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT T1.Airline FROM airlines AS T1 WHERE T1.Abbreviation = 'UAL'
SELECT T1.Airline FROM airlines AS T1 WHERE T1.Abbreviation = 'UAL'
SELECT count(*) FROM airlines AS T1 WHERE T1.Country = 'USA'
SELECT count(*) FROM airlines AS T1 WHERE T1.Country = 'USA'
SELECT T1.City, T1.Country FROM airports AS T1 WHERE T1.AirportName = 'Alton'
SELECT T1.City, T1.Country FROM airports AS T1 WHERE T1.AirportName = 'Alton'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportName = 'AKO'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportName = 'AKO'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.City = 'Aberdeen'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportName = 'Aberdeen'
SELECT count(*) FROM flights AS T1 WHERE T1.SourceAirport = 'APG'
SELECT count(*) FROM flights AS T1 WHERE T1.SourceAirport = 'APG'
SELECT count(*) FROM flights AS T1 WHERE T1.DestAirport = 'ATO'
SELECT count(*) FROM flights AS T1 WHERE T1.SourceAirport = 'ATO'
SELECT count(*) FROM flights AS T1 WHERE airports.City = 'City Aberdeen'
SELECT count(*) FROM flights AS T1 WHERE T1.SourceAirport = 'Aberdeen'
SELECT count(*) FROM flights AS T1 WHERE airports.City = 'Aberdeen'
SELECT count(*) FROM flights AS T1 WHERE T1.DestAirport = 'Aberdeen'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.City = 'Aberdeen' AND T1.DestAirport = 'Ashley'
SELECT count(*) FROM flights AS T1 WHERE T1.DestAirport = 'Aberdeen' AND T1.DestAirport = 'Ashley'
SELECT count(*) FROM flights AS T1 WHERE airlines.Airline = 'JetBlue Airways'
SELECT count(*) FROM flights AS T1 WHERE T1.FlightNo = 'value'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = 'United Airlines'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = 'United Airlines'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = 'United Airlines'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = 'United Airlines'
SELECT count(*) FROM flights AS T1 JOIN flights AS T2 WHERE airports.City = 'Aberdeen' AND airports.City = 'United Airlines'
SELECT count(*) FROM flights AS T1 WHERE airlines.Airline = 'United Airlines'
SELECT airports.City FROM flights AS T1 GROUP BY airports.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.City FROM airports AS T1 GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT airports.City FROM flights AS T1 GROUP BY airports.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.City FROM airports AS T1 GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT airports.AirportCode FROM flights AS T1 GROUP BY airports.AirportCode ORDER BY count(*) DESC LIMIT 1
SELECT airports.AirportCode FROM flights AS T1 GROUP BY airports.AirportCode ORDER BY count(*) DESC LIMIT 1
SELECT airports.AirportCode FROM flights AS T1 GROUP BY airports.AirportCode ORDER BY count(*) LIMIT 1
SELECT airports.AirportCode FROM flights AS T1 GROUP BY airports.AirportCode ORDER BY count(*) LIMIT 1
SELECT airlines.Airline FROM flights AS T1 GROUP BY T1.Airline ORDER BY count(*) DESC LIMIT 1
SELECT airlines.Airline FROM flights AS T1 GROUP BY T1.Airline ORDER BY count(*) DESC LIMIT 1
SELECT airlines.Abbreviation, count(*) FROM flights AS T1 GROUP BY airlines.Country ORDER BY count(*) LIMIT 1
SELECT airlines.Abbreviation, airlines.Abbreviation FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode GROUP BY T2.Country ORDER BY count(*) LIMIT 1
SELECT airlines.Airline FROM flights AS T1 WHERE T1.SourceAirport LIKE '%AHD%'
SELECT T1.SourceAirport FROM flights AS T1 WHERE T1.SourceAirport LIKE '%AHD%'
SELECT airlines.Airline FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName LIKE '%AHD%'
SELECT airlines.Airline FROM flights AS T1 WHERE T1.DestAirport LIKE '%AHD%'
SELECT airlines.Airline FROM flights AS T1 JOIN flights AS T2 WHERE airports.AirportName = 'APG' INTERSECT SELECT airlines.Airline FROM flights AS T3 JOIN airports AS T4 ON T3.DestAirport = T4.AirportCode WHERE T4.AirportName = 'CVO'
SELECT airlines.Airline FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = 'APG' INTERSECT SELECT airlines.Airline FROM flights AS T3 JOIN airports AS T4 ON T3.DestAirport = T4.AirportCode WHERE T4.AirportName = 'CVO'
SELECT airlines.Airline FROM flights AS T1 WHERE airports.AirportName != 'CVO'
SELECT T1.Airline FROM airlines AS T1 WHERE airports.AirportName != 'CVO'
SELECT airlines.Airline FROM flights AS T1 GROUP BY T1.Airline HAVING count(*) >= 10
SELECT airlines.Airline FROM flights AS T1 GROUP BY T1.Airline HAVING count(*) >= 10
SELECT T1.Airline FROM airlines AS T1 WHERE flights.FlightNo < 200
SELECT airlines.Airline FROM flights AS T1 WHERE T1.FlightNo < 200
SELECT T1.FlightNo FROM flights AS T1 WHERE airlines.Airline = 'United Airlines'
SELECT T1.FlightNo FROM flights AS T1 WHERE airlines.Airline = 'United Airlines'
SELECT T1.FlightNo FROM flights AS T1 WHERE T1.SourceAirport = 'APG'
SELECT T1.FlightNo FROM flights AS T1 WHERE T1.SourceAirport = 'APG'
SELECT T1.FlightNo FROM flights AS T1 WHERE T1.SourceAirport = 'APG'
SELECT T1.FlightNo FROM flights AS T1 WHERE T1.SourceAirport = 'APG'
SELECT T1.FlightNo FROM flights AS T1 WHERE airports.City = 'Aberdeen '
SELECT T1.FlightNo FROM flights AS T1 WHERE T1.DestAirport = 'Aberdeen'
SELECT T1.FlightNo FROM flights AS T1 WHERE airports.City = 'Aberdeen'
SELECT T1.FlightNo FROM flights AS T1 WHERE T1.DestAirport = 'Aberdeen'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.City = 'Aberdeen'
SELECT count(*) FROM flights AS T1 WHERE T1.DestAirport = 'Aberdeen'
SELECT T1.AirportName FROM airports AS T1 WHERE flights.DestAirport NOT IN (SELECT T2.DestAirport FROM flights AS T2)
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportCode NOT IN (SELECT T2.DestAirport FROM flights AS T2)
SELECT count(*) FROM employee AS T1
SELECT count(*) FROM employee AS T1
SELECT T1.Name FROM employee AS T1 ORDER BY T1.Age
SELECT T1.Name, T1.Age FROM employee AS T1 ORDER BY T1.Age
SELECT count(*), T1.City FROM employee AS T1 GROUP BY T1.City
SELECT count(*), T1.City FROM employee AS T1 GROUP BY T1.City
SELECT T1.City FROM employee AS T1 WHERE T1.Age > 1 GROUP BY T1.City HAVING count(*) > 30
SELECT T1.City FROM employee AS T1 WHERE T1.Age > 1 GROUP BY T1.City HAVING count(*) > 30
SELECT count(*), T1.Location FROM shop AS T1 GROUP BY T1.Location
SELECT count(*), T1.Location FROM shop AS T1 GROUP BY T1.Location
SELECT T1.Manager_name, T1.District FROM shop AS T1 JOIN shop AS T2 ORDER BY T1.Number_products DESC LIMIT 1
SELECT T1.Manager_name, T1.District FROM shop AS T1 ORDER BY T1.Number_products DESC LIMIT 1
SELECT max(employee.Age), min(employee.Age) FROM evaluation AS T1
SELECT max(shop.Number_products), min(shop.Number_products) FROM evaluation AS T1
SELECT T1.Name, T1.Location FROM shop AS T1 ORDER BY T1.District DESC
SELECT T1.Name, T1.Location FROM shop AS T1 ORDER BY T1.Location DESC
SELECT T2.Name FROM evaluation AS T1 JOIN shop AS T2 WHERE T2.Number_products > (SELECT avg(T3.Number_products) FROM shop AS T3)
SELECT T1.Name FROM shop AS T1 WHERE T1.Number_products > (SELECT avg(T2.Number_products) FROM shop AS T2)
SELECT T2.Name FROM evaluation AS T1 JOIN employee AS T2 ON T1.Employee_ID = T2.Employee_ID GROUP BY T1.Employee_ID ORDER BY count(*) DESC LIMIT 1
SELECT T2.Name FROM evaluation AS T1 JOIN employee AS T2 ON T1.Employee_ID = T2.Employee_ID GROUP BY T1.Employee_ID ORDER BY count(*) DESC LIMIT 1
SELECT T2.Name FROM evaluation AS T1 JOIN employee AS T2 ON T1.Employee_ID = T2.Employee_ID GROUP BY T2.Employee_ID ORDER BY count(*) DESC LIMIT 1
SELECT employee.Name FROM evaluation AS T1 ORDER BY T1.Bonus DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 WHERE evaluation.Employee_ID NOT IN (SELECT T2.Employee_ID FROM evaluation AS T2)
SELECT T1.Name FROM employee AS T1 WHERE T1.Employee_ID NOT IN (SELECT T1.Employee_ID FROM evaluation AS T2)
SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T2.Employee_ID = T1.Employee_ID GROUP BY T2.Shop_ID ORDER BY count(*) DESC LIMIT 1
SELECT T2.Name FROM employee AS T1 JOIN shop AS T2 GROUP BY T2.Shop_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 WHERE shop.Shop_ID NOT IN (SELECT shop.Shop_ID FROM employee AS T2)
SELECT T1.Name FROM shop AS T1 WHERE T1.Shop_ID NOT IN (SELECT T2.Shop_ID FROM shop AS T2)
SELECT count(*), T2.Name FROM employee AS T1 JOIN shop AS T2 GROUP BY T2.Name
SELECT T2.Name, count(*) FROM employee AS T1 JOIN shop AS T2 GROUP BY T2.Name
SELECT sum(T1.Bonus) FROM evaluation AS T1
SELECT sum(T1.Bonus) FROM evaluation AS T1
SELECT * FROM hiring AS T1
SELECT * FROM hiring AS T1
SELECT T1.District FROM shop AS T1 WHERE T1.Number_products > 3000 INTERSECT SELECT T2.District FROM shop AS T2 WHERE T2.Number_products < 10000
SELECT T1.District FROM shop AS T1 WHERE T1.Number_products < 3000 INTERSECT SELECT T2.District FROM shop AS T2 WHERE T2.Number_products < 10000
SELECT count(DISTINCT T1.Location) FROM shop AS T1
SELECT count(DISTINCT T1.Location) FROM shop AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT T1.Document_ID, T1.Document_Name, T1.Document_Description FROM Documents AS T1
SELECT T1.Template_ID, T1.Document_ID, T1.Document_Description FROM Documents AS T1
SELECT T1.Document_Name, T1.Document_Description FROM Documents AS T1 WHERE T1.Document_Name LIKE '%w%'
SELECT T1.Document_Name, T1.Document_Description FROM Documents AS T1 WHERE T1.Document_Name LIKE 'value'
SELECT T1.Document_ID, T1.Document_Description, T1.Document_Description FROM Documents AS T1 WHERE T1.Document_Name = 'Robbin CV'
SELECT T1.Document_ID, T1.Document_Description, T1.Document_Description FROM Documents AS T1 WHERE T1.Document_Name = 'Robbin CV'
SELECT count(DISTINCT T1.Template_ID) FROM Documents AS T1
SELECT count(DISTINCT T1.Template_ID) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1 WHERE Templates.Template_Type_Code = 'PPT'
SELECT count(*) FROM Documents AS T1 WHERE Templates.Template_Type_Code = 'PPT'
SELECT Documents.Template_ID, count(*) FROM Templates AS T1 GROUP BY Documents.Template_ID
SELECT T1.Template_ID, count(*) FROM Documents AS T1 GROUP BY T1.Template_ID
SELECT Documents.Template_ID, T1.Template_Type_Code FROM Templates AS T1 GROUP BY Documents.Template_ID ORDER BY count(*) DESC LIMIT 1
SELECT Documents.Template_ID, T1.Template_Type_Code FROM Templates AS T1 GROUP BY Documents.Template_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_ID FROM Documents AS T1 GROUP BY T1.Template_ID HAVING count(*) > 1
SELECT Documents.Template_ID FROM Templates AS T1 GROUP BY Documents.Template_ID HAVING count(*) > 'value'
SELECT Documents.Template_ID FROM Templates AS T1 EXCEPT SELECT T2.Template_ID FROM Documents AS T2
SELECT Documents.Template_ID FROM Templates AS T1 EXCEPT SELECT T2.Template_ID FROM Documents AS T2
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT T1.Template_ID, T1.Template_Type_Code, T1.Template_Type_Code FROM Templates AS T1
SELECT T1.Version_Number, T1.Version_Number FROM Templates AS T1
SELECT DISTINCT T1.Template_Type_Code FROM Templates AS T1
SELECT DISTINCT T1.Template_Type_Code FROM Templates AS T1
SELECT T1.Template_ID FROM Templates AS T1 WHERE T1.Template_Type_Code = 'PP'
SELECT T1.Template_ID FROM Templates AS T1 WHERE T1.Template_Type_Code = 'PP'
SELECT count(*) FROM Templates AS T1 WHERE T1.Template_Type_Code = 'CV'
SELECT count(*) FROM Templates AS T1 WHERE T1.Template_Type_Code = 'CV'
SELECT T1.Template_Type_Code, T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Version_Number > 5
SELECT T1.Version_Number, T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Template_Type_Code > 5
SELECT T1.Template_Type_Code, count(*) FROM Templates AS T1 GROUP BY T1.Template_Type_Code
SELECT T1.Template_Type_Code, count(*) FROM Templates AS T1 GROUP BY T1.Template_Type_Code
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Ref_Template_Types AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code HAVING count(*) < 3
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code HAVING count(*) >= 3
SELECT max(T1.Template_Type_Code), min(T1.Template_Type_Code) FROM Templates AS T1
SELECT max(T1.Template_Type_Code), min(T1.Template_Type_Code) FROM Templates AS T1
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE Documents.Document_Name = 'Data base'
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE Documents.Document_Name = 'Data'
SELECT Documents.Document_Name FROM Templates AS T1 WHERE T1.Template_Type_Code = 'BK'
SELECT T1.Document_Name FROM Documents AS T1 WHERE Templates.Template_Type_Code = 'BK'
SELECT Ref_Template_Types.Template_Type_Code, count(*) FROM Templates AS T1 GROUP BY Ref_Template_Types.Template_Type_Code
SELECT count(*), T1.Template_Type_Code FROM Templates AS T1 GROUP BY Ref_Template_Types.Template_Type_Code
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 EXCEPT SELECT T2.Template_Type_Code FROM Templates AS T2
SELECT T1.Template_Type_Code FROM Templates AS T1 EXCEPT SELECT T2.Template_Type_Code FROM Templates AS T2
SELECT T1.Template_Type_Code, T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT T1.Template_Type_Code, T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Code = 'AD'
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Code = 'AD'
SELECT T1.Template_Type_Code FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'Book'
SELECT T1.Template_Type_Code FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'Book'
SELECT DISTINCT T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT DISTINCT T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT Templates.Template_ID FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'Presentation'
SELECT Templates.Template_ID FROM Ref_Template_Types AS T1 WHERE Documents.Document_Description = 'Presentation'
SELECT count(*) FROM Paragraphs AS T1
SELECT count(*) FROM Paragraphs AS T1
SELECT count(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID WHERE T1.Document_Name = 'Summer Show'
SELECT count(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID WHERE T1.Document_Name = 'Summer Show'
SELECT T1.Other_Details FROM Paragraphs AS T1 WHERE T1.Paragraph_Text LIKE '%Korea %'
SELECT T1.Other_Details FROM Paragraphs AS T1 WHERE T1.Paragraph_Text LIKE '%Korea %'
SELECT Documents.Template_ID, T1.Paragraph_Text FROM Paragraphs AS T1 WHERE Documents.Document_Name = 'Welcome to NY'
SELECT T1.Template_ID, Paragraphs.Paragraph_Text FROM Documents AS T1 WHERE T1.Document_Name = 'Welcome to NY'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE Documents.Document_Name = 'Customer reviews'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE Documents.Document_Name = 'Customer reviews'
SELECT T1.Document_ID, count(*) FROM Documents AS T1 GROUP BY T1.Document_ID ORDER BY count(*)
SELECT T1.Document_ID, count(*) FROM Documents AS T1 GROUP BY T1.Document_ID ORDER BY count(*)
SELECT T1.Document_Name, count(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T1.Document_ID
SELECT T1.Document_ID, count(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T1.Document_ID
SELECT T1.Document_ID FROM Documents AS T1 GROUP BY T1.Document_ID HAVING count(*) >= 2
SELECT T1.Document_ID FROM Documents AS T1 GROUP BY T1.Document_ID HAVING count(*) > 2
SELECT T1.Document_ID, T1.Document_Name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T1.Document_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Document_ID, T1.Document_Name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T1.Document_ID ORDER BY count(*) DESC LIMIT 1
SELECT Paragraphs.Document_ID FROM Documents AS T1 GROUP BY Paragraphs.Document_ID ORDER BY count(*) LIMIT 1
SELECT Paragraphs.Document_ID FROM Documents AS T1 ORDER BY Paragraphs.Paragraph_Text LIMIT 1
SELECT Paragraphs.Document_ID FROM Documents AS T1 WHERE Paragraphs.Document_ID = 1
SELECT T1.Document_ID FROM Documents AS T1 GROUP BY T1.Document_ID HAVING count(*) >= 1
SELECT T1.Document_ID FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Brazil' INTERSECT SELECT T2.Document_ID FROM Paragraphs AS T2 WHERE T2.Paragraph_Text = 'Ireland'
SELECT Paragraphs.Document_ID FROM Documents AS T1 WHERE Paragraphs.Paragraph_Text LIKE '%Brazil%'
SELECT count(*) FROM teacher AS T1
SELECT count(*) FROM teacher AS T1
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Age
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Age
SELECT T1.Age, T1.Hometown FROM teacher AS T1
SELECT T1.Age, T1.Hometown FROM teacher AS T1
SELECT T1.Name FROM teacher AS T1 WHERE T1.Hometown != 'Little Lever Urban District'
SELECT T1.Name FROM teacher AS T1 WHERE T1.Hometown != 'Little Lever Urban District'
SELECT T1.Name FROM teacher AS T1 WHERE T1.Age = 32 OR T1.Age = 33
SELECT T1.Name FROM teacher AS T1 WHERE T1.Age = 32 OR T1.Age = 33
SELECT T1.Hometown FROM teacher AS T1 ORDER BY T1.Age LIMIT 1
SELECT T1.Teacher_ID FROM teacher AS T1 ORDER BY T1.Age LIMIT 1
SELECT T1.Hometown, count(*) FROM teacher AS T1 GROUP BY T1.Hometown
SELECT T1.Hometown, count(*) FROM teacher AS T1 GROUP BY T1.Hometown
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown HAVING count(*) >= 2
SELECT teacher.Teacher_ID FROM course_arrange AS T1 GROUP BY teacher.Teacher_ID HAVING count(*) >= 2
SELECT teacher.Name, teacher.Name FROM course_arrange AS T1 JOIN course_arrange AS T2 ORDER BY teacher.Name
SELECT T2.Name, course.Course FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Teacher_ID
SELECT T2.Name, T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID ORDER BY T2.Name
SELECT T1.Name, T1.Name FROM teacher AS T1 JOIN course_arrange AS T2 ON T2.Teacher_ID = T1.Teacher_ID ORDER BY T1.Name
SELECT teacher.Name FROM course_arrange AS T1 JOIN course_arrange AS T2 WHERE course.Course = 'value'
SELECT T1.Name FROM teacher AS T1 WHERE T1.Age = 'value'
SELECT teacher.Name, count(*) FROM course_arrange AS T1 JOIN course_arrange AS T2 GROUP BY teacher.Teacher_ID HAVING count(*) >= 'value'
SELECT teacher.Name, count(*) FROM course_arrange AS T1 JOIN course_arrange AS T2 GROUP BY teacher.Teacher_ID
SELECT teacher.Name FROM course_arrange AS T1 JOIN course_arrange AS T2 GROUP BY teacher.Teacher_ID HAVING count(*) >= 2
SELECT T1.Name FROM teacher AS T1 JOIN course_arrange AS T2 ON T2.Teacher_ID = T1.Teacher_ID GROUP BY T1.Teacher_ID HAVING count(*) >= 2
SELECT T1.Name FROM teacher AS T1 WHERE T1.Teacher_ID NOT IN (SELECT T1.Teacher_ID FROM course_arrange AS T2)
SELECT T1.Name FROM teacher AS T1 WHERE T1.Teacher_ID NOT IN (SELECT T1.Teacher_ID FROM course_arrange AS T2)
SELECT count(*) FROM visitor AS T1 WHERE T1.Age < 30
SELECT T1.Name FROM visitor AS T1 WHERE T1.Level_of_membership > 4 ORDER BY T1.Level_of_membership DESC
SELECT avg(T1.Age) FROM visitor AS T1 WHERE T1.Level_of_membership > 4
SELECT T1.Name, T1.Level_of_membership FROM visitor AS T1 WHERE T1.Age > 4 ORDER BY T1.Level_of_membership DESC
SELECT T1.Name, T1.Name FROM museum AS T1 JOIN visit AS T2 ON T2.Museum_ID = T1.Museum_ID GROUP BY T1.Museum_ID ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.Num_of_Staff) FROM museum AS T1 WHERE T1.Open_Year < 2009
SELECT T1.Open_Year, T1.Num_of_Staff FROM museum AS T1 JOIN visit AS T2 ON T2.Museum_ID = T1.Museum_ID WHERE T1.Name = 'Plaza Museum'
SELECT T1.Name FROM museum AS T1 JOIN visit AS T2 ON T2.Museum_ID = T1.Museum_ID WHERE T1.Num_of_Staff > 2010
SELECT T1.Museum_ID, T1.Name FROM museum AS T1 JOIN visit AS T2 ON T2.Museum_ID = T1.Museum_ID GROUP BY T1.Museum_ID HAVING count(*) > 'value'
SELECT T1.Museum_ID, T1.Name, T2.Total_spent FROM museum AS T1 JOIN visit AS T2 ON T2.Museum_ID = T1.Museum_ID ORDER BY T2.Total_spent DESC LIMIT 1
SELECT T1.Museum_ID, T1.Name FROM museum AS T1 JOIN visit AS T2 ON T2.Museum_ID = T1.Museum_ID GROUP BY T1.Museum_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM museum AS T1 WHERE T1.Museum_ID NOT IN (SELECT T1.Museum_ID FROM visit AS T2)
SELECT T1.Name, visitor.Age FROM museum AS T1 JOIN visit AS T2 ON T2.Museum_ID = T1.Museum_ID GROUP BY visitor.Age ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.Num_of_Ticket), max(T1.Num_of_Ticket) FROM visit AS T1
SELECT sum(T1.Total_spent) FROM visit AS T1 WHERE visitor.Level_of_membership = 1
SELECT T1.Name FROM museum AS T1 JOIN visit AS T2 ON T2.Museum_ID = T1.Museum_ID WHERE T1.Open_Year > 2009 INTERSECT SELECT T3.Name FROM museum AS T3 JOIN visit AS T4 ON T4.Museum_ID = T3.Museum_ID WHERE T3.Open_Year > 2011
SELECT count(*) FROM museum AS T1 WHERE visit.Museum_ID NOT IN (SELECT T2.Museum_ID FROM visit AS T2 WHERE T2.Total_spent > 2010)
SELECT count(*) FROM museum AS T1 WHERE T1.Open_Year > 2013
SELECT count(*) FROM players AS T1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT T1.first_name, T1.birth_date FROM players AS T1 WHERE T1.country_code = 'USA'
SELECT T1.first_name, T1.birth_date FROM players AS T1 WHERE T1.country_code = 'USA'
SELECT avg(T1.winner_age), avg(T1.winner_age) FROM matches AS T1
SELECT avg(T1.winner_age), avg(T1.loser_age) FROM matches AS T1
SELECT avg(T1.winner_age) FROM matches AS T1
SELECT avg(T1.winner_rank) FROM matches AS T1
SELECT max(T1.loser_rank) FROM matches AS T1
SELECT T1.loser_rank_points FROM matches AS T1
SELECT count(DISTINCT T1.country_code) FROM players AS T1
SELECT count(DISTINCT T1.country_code) FROM players AS T1
SELECT count(DISTINCT T1.loser_name) FROM matches AS T1
SELECT count(DISTINCT T1.loser_name) FROM matches AS T1
SELECT T1.tourney_name FROM matches AS T1 WHERE T1.winner_age > 10
SELECT T1.loser_name FROM matches AS T1 WHERE T1.winner_age > 10
SELECT T2.winner_name FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id WHERE T2.tourney_date = 2013 INTERSECT SELECT T4.winner_name FROM players AS T3 JOIN matches AS T4 ON T4.winner_id = T3.player_id WHERE T4.tourney_date = 2016
SELECT T1.first_name FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id WHERE T1.birth_date = 2013 INTERSECT SELECT T3.first_name FROM players AS T3 JOIN matches AS T4 ON T4.winner_id = T3.player_id WHERE T3.birth_date = 2016
SELECT count(*) FROM matches AS T1 WHERE T1.year = 2013
SELECT count(*) FROM matches AS T1 WHERE T1.tourney_name = 2013
SELECT T1.country_code, T1.country_code FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id WHERE T2.tourney_name = 'WTA Championships' INTERSECT SELECT T3.country_code, T3.country_code FROM players AS T3 JOIN matches AS T4 ON T4.winner_id = T3.player_id WHERE T4.tourney_name = 'Australian Open'
SELECT T1.first_name, T1.country_code FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id WHERE T2.winner_name = 'WTA Championships' INTERSECT SELECT T3.first_name, T3.country_code FROM players AS T3 JOIN matches AS T4 ON T4.winner_id = T3.player_id WHERE T4.winner_name = 'Australian Open'
SELECT T1.first_name, T1.country_code FROM players AS T1 ORDER BY T1.birth_date LIMIT 1
SELECT T1.first_name, T1.country_code FROM players AS T1 ORDER BY T1.birth_date LIMIT 1
SELECT T1.first_name, T1.last_name FROM players AS T1 ORDER BY T1.birth_date
SELECT T1.first_name, T1.birth_date FROM players AS T1 ORDER BY T1.birth_date
SELECT T1.first_name, T1.last_name FROM players AS T1 WHERE T1.birth_date = 'value' ORDER BY T1.birth_date
SELECT T1.first_name, T1.birth_date FROM players AS T1 WHERE T1.birth_date = 'value' ORDER BY T1.birth_date
SELECT T1.first_name, T1.country_code FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id GROUP BY T1.player_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name, T1.country_code FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.year FROM matches AS T1 GROUP BY T1.year ORDER BY count(*) DESC LIMIT 1
SELECT T1.year FROM matches AS T1 ORDER BY T1.winner_age DESC LIMIT 1
SELECT T2.winner_name, T2.winner_rank_points FROM rankings AS T1 JOIN matches AS T2 GROUP BY T2.winner_rank_points ORDER BY count(*) DESC LIMIT 1
SELECT T2.winner_name, T2.winner_rank_points FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id GROUP BY T1.player_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.winner_name FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id WHERE T2.tourney_name = 'Australian Open' ORDER BY T2.winner_age DESC LIMIT 1
SELECT T2.winner_name FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id WHERE T1.first_name = 'Australian Open' GROUP BY T2.winner_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name, T2.loser_name FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id ORDER BY T2.minutes DESC LIMIT 1
SELECT T2.winner_name FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id ORDER BY T2.loser_age DESC LIMIT 1
SELECT avg(T1.ranking), avg(T1.ranking) FROM rankings AS T1 GROUP BY players.first_name
SELECT players.first_name, avg(T1.ranking) FROM rankings AS T1
SELECT sum(T1.ranking_points), T2.first_name FROM rankings AS T1 JOIN players AS T2 ON T1.player_id = T2.player_id GROUP BY T2.first_name
SELECT players.first_name, sum(T1.ranking_points) FROM rankings AS T1
SELECT count(*), T1.country_code FROM players AS T1 GROUP BY T1.country_code
SELECT T1.country_code, count(*) FROM players AS T1 GROUP BY T1.country_code
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 WHERE T1.birth_date > 50
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code HAVING count(*) > 50
SELECT count(*), T1.ranking_date FROM rankings AS T1 GROUP BY T1.ranking_date
SELECT count(*), T1.ranking_date FROM rankings AS T1 GROUP BY T1.ranking_date
SELECT count(*), T1.year FROM matches AS T1 GROUP BY T1.year
SELECT T2.year, count(*) FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id GROUP BY T2.winner_id
SELECT T1.winner_name, T1.winner_rank FROM matches AS T1 ORDER BY T1.winner_age LIMIT 1
SELECT T1.winner_name, T1.winner_name FROM matches AS T1 ORDER BY T1.winner_age LIMIT 1
SELECT T2.winner_name, count(*) FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id WHERE T2.tourney_name = 'WTA Championships'
SELECT count(*) FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id WHERE T1.first_name = 'WTA Championships' AND T1.last_name = 'value'
SELECT T1.first_name, T1.country_code FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id ORDER BY T1.birth_date DESC LIMIT 1
SELECT T1.first_name, T1.birth_date, T1.birth_date FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id ORDER BY T1.birth_date DESC LIMIT 1
SELECT T1.hand, count(*) FROM players AS T1 GROUP BY T1.hand
SELECT T1.hand, count(*) FROM players AS T1 GROUP BY T1.hand
SELECT count(*) FROM ship AS T1 WHERE T1.name = 'Captured'
SELECT T1.name, T1.tonnage FROM ship AS T1 ORDER BY T1.tonnage DESC
SELECT T1.name, T1.result, T1.result FROM battle AS T1
SELECT max(T1.caused_by_ship_id), min(T1.caused_by_ship_id) FROM death AS T1
SELECT avg(T1.caused_by_ship_id), T1.caused_by_ship_id FROM death AS T1 GROUP BY T1.caused_by_ship_id
SELECT T1.id, T1.caused_by_ship_id FROM death AS T1 WHERE ship.tonnage != 't'
SELECT T1.name, T1.result FROM battle AS T1 WHERE T1.bulgarian_commander != 'Boril'
SELECT DISTINCT T1.id, T1.name FROM battle AS T1 JOIN battle AS T2 WHERE ship.ship_type = 'Brig'
SELECT T1.id, T1.name FROM battle AS T1 JOIN battle AS T2 WHERE death.killed > 10
SELECT T2.id, T2.name FROM death AS T1 JOIN ship AS T2 ON T1.caused_by_ship_id = T2.id GROUP BY T2.id ORDER BY sum(T2.name) DESC LIMIT 1
SELECT DISTINCT T1.name FROM battle AS T1 WHERE T1.latin_commander = 'Kaloyan' OR T1.latin_commander = 'Baldwin I'
SELECT count(DISTINCT T1.result) FROM battle AS T1
SELECT count(*) FROM battle AS T1 WHERE T1.id NOT IN (SELECT T2.lost_in_battle FROM ship AS T2 WHERE T2.tonnage = '225')
SELECT T1.name, T1.date, T1.date FROM battle AS T1 JOIN battle AS T2 JOIN death AS T3 WHERE T1.name = 'Lettice'
SELECT T1.name, T1.result, T1.bulgarian_commander FROM battle AS T1 WHERE T1.bulgarian_commander != 'English Channel'
SELECT T1.note FROM death AS T1 WHERE T1.note LIKE '%East%'
SELECT T1.line_1 FROM Addresses AS T1 WHERE T1.line_1 LIKE '%1%'
SELECT T1.line_1, T1.line_3 FROM Addresses AS T1 JOIN Addresses AS T2
SELECT count(*) FROM Courses AS T1
SELECT count(*) FROM Courses AS T1
SELECT T1.course_name FROM Courses AS T1 WHERE T1.course_name = 'value'
SELECT T1.course_description FROM Courses AS T1 WHERE T1.course_name = 'value'
SELECT T1.zip_postcode FROM Addresses AS T1 WHERE T1.city = 'Port Chelsea'
SELECT T1.zip_postcode FROM Addresses AS T1 WHERE T1.zip_postcode = 'Port Chelsea'
SELECT T2.department_name, count(*) FROM Degree_Programs AS T1 JOIN Departments AS T2 ON T1.department_id = T2.department_id GROUP BY T1.department_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.department_name, T1.degree_summary_name FROM Degree_Programs AS T1 JOIN Departments AS T2 ON T1.department_id = T2.department_id GROUP BY T1.department_id ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.department_name) FROM Departments AS T1
SELECT count(DISTINCT T1.department_id) FROM Degree_Programs AS T1
SELECT count(DISTINCT T1.degree_summary_name) FROM Degree_Programs AS T1
SELECT count(DISTINCT T1.degree_summary_name) FROM Degree_Programs AS T1
SELECT count(*) FROM Degree_Programs AS T1 WHERE Departments.department_name = 'value'
SELECT count(*) FROM Degree_Programs AS T1 WHERE Departments.department_name = 'value'
SELECT T1.section_name, T1.section_description FROM Sections AS T1
SELECT T1.section_name, T1.section_description FROM Sections AS T1
SELECT T1.course_name, T1.course_name FROM Courses AS T1 JOIN Sections AS T2 ON T2.course_id = T1.course_id GROUP BY T1.course_id HAVING count(*) <= 2
SELECT T1.course_name, T1.course_name FROM Courses AS T1 JOIN Sections AS T2 ON T2.course_id = T1.course_id GROUP BY T1.course_id HAVING count(*) < 2
SELECT T1.section_name FROM Sections AS T1 WHERE T1.section_name = 'value' ORDER BY T1.section_name
SELECT T1.section_name FROM Sections AS T1 ORDER BY T1.section_name
SELECT T2.semester_name, Students.date_first_registered FROM Student_Enrolment AS T1 JOIN Semesters AS T2 ON T1.semester_id = T2.semester_id GROUP BY T1.semester_id ORDER BY count(*) DESC LIMIT 1
SELECT Semesters.semester_name, Students.date_first_registered FROM Student_Enrolment AS T1 JOIN Student_Enrolment AS T2 GROUP BY T1.semester_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.department_description FROM Departments AS T1 JOIN Departments AS T2 WHERE T1.department_name LIKE 'value'
SELECT T1.department_description FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T2.department_id = T1.department_id WHERE Courses.course_name = 1
SELECT T1.degree_program_id, T1.degree_summary_name FROM Degree_Programs AS T1 JOIN Student_Enrolment AS T2 ON T2.degree_program_id = T1.degree_program_id WHERE T1.degree_summary_name = 2 INTERSECT SELECT T3.degree_program_id, T3.degree_summary_name FROM Degree_Programs AS T3 JOIN Student_Enrolment AS T4 ON T4.degree_program_id = T3.degree_program_id WHERE T3.degree_summary_name = 1
SELECT Students.first_name, Students.last_name, Students.last_name FROM Degree_Programs AS T1 JOIN Student_Enrolment AS T2 ON T2.degree_program_id = T1.degree_program_id GROUP BY T1.degree_program_id HAVING count(*) >= 2
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 JOIN Student_Enrolment AS T2 ON T2.degree_program_id = T1.degree_program_id WHERE T1.degree_summary_name = 'Bachelor'
SELECT T1.course_name, T2.last_name, T2.last_name FROM Courses AS T1 JOIN Students AS T2 WHERE T1.course_name = 'Bachelors'
SELECT Degree_Programs.degree_program_id FROM Student_Enrolment AS T1 GROUP BY Degree_Programs.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 JOIN Student_Enrolment AS T2 ON T2.degree_program_id = T1.degree_program_id GROUP BY T1.degree_summary_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_program_id, count(*) FROM Student_Enrolment AS T1 JOIN Student_Enrolment AS T2 GROUP BY T1.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_program_id, T1.degree_summary_name FROM Degree_Programs AS T1 JOIN Student_Enrolment AS T2 ON T2.degree_program_id = T1.degree_program_id GROUP BY T1.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT Students.first_name, Students.last_name, Students.middle_name FROM Student_Enrolment AS T1 JOIN Student_Enrolment AS T2 GROUP BY Students.student_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name, T1.last_name, T1.last_name FROM Students AS T1 JOIN Students AS T2 GROUP BY Student_Enrolment.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.semester_name FROM Semesters AS T1 EXCEPT SELECT T2.semester_name FROM Semesters AS T2 JOIN Student_Enrolment AS T3 ON T3.semester_id = T2.semester_id
SELECT T1.semester_name FROM Semesters AS T1 WHERE T1.semester_id NOT IN (SELECT T1.semester_id FROM Student_Enrolment AS T2)
SELECT T1.course_name FROM Courses AS T1 EXCEPT SELECT T2.course_name FROM Courses AS T2 JOIN Student_Enrolment_Courses AS T3 ON T3.course_id = T2.course_id
SELECT DISTINCT T1.course_name FROM Courses AS T1 JOIN Student_Enrolment_Courses AS T2 ON T2.course_id = T1.course_id
SELECT T1.course_name FROM Courses AS T1 JOIN Courses AS T2 GROUP BY T1.course_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.course_name FROM Courses AS T1 JOIN Students AS T2 GROUP BY T1.course_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.last_name FROM Students AS T1 WHERE Degree_Programs.degree_summary_name != 'North Carolina'
SELECT T1.last_name FROM Students AS T1 WHERE Degree_Programs.degree_summary_name != 'North Carolina'
SELECT T1.transcript_date, T1.transcript_date FROM Transcripts AS T1 GROUP BY T1.transcript_date HAVING count(*) >= 2
SELECT T1.transcript_date, T1.transcript_date FROM Transcripts AS T1 GROUP BY T1.transcript_date HAVING count(*) >= 2
SELECT T1.first_name, T1.last_name FROM Students AS T1 JOIN Students AS T2 WHERE T1.first_name = 'Timmothy'
SELECT T1.cell_mobile_number FROM Students AS T1 JOIN Students AS T2 WHERE Courses.course_name = 'Timmothy Ward'
SELECT T1.first_name, T1.last_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T2.student_id = T1.student_id
SELECT T1.first_name, T1.last_name, T1.last_name FROM Students AS T1 JOIN Students AS T2
SELECT T1.first_name, T1.last_name FROM Students AS T1 JOIN Students AS T2 ORDER BY T1.middle_name LIMIT 1
SELECT T2.first_name, T2.last_name, T2.last_name FROM Courses AS T1 JOIN Students AS T2 WHERE T2.last_name = 'value' ORDER BY T2.last_name LIMIT 1
SELECT DISTINCT T1.other_address_details FROM Addresses AS T1 JOIN Students AS T2 ON T2.permanent_address_id = T1.address_id
SELECT DISTINCT T1.first_name FROM Students AS T1 JOIN Addresses AS T2 ON T1.permanent_address_id = T2.address_id WHERE T1.permanent_address_id = 1
SELECT T1.other_address_details, count(*) FROM Addresses AS T1 JOIN Students AS T2 ON T2.permanent_address_id = T1.address_id GROUP BY T2.current_address_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.line_1, T1.line_2, T1.line_2 FROM Addresses AS T1 JOIN Students AS T2 ON T2.permanent_address_id = T1.address_id GROUP BY T2.current_address_id ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.transcript_date) FROM Transcripts AS T1 JOIN Transcripts AS T2
SELECT avg(T1.transcript_date) FROM Transcripts AS T1
SELECT T1.transcript_date, T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date LIMIT 1
SELECT T1.transcript_date, T1.transcript_date FROM Transcripts AS T1 WHERE Courses.course_name = 'value' ORDER BY T1.transcript_date LIMIT 1
SELECT count(*) FROM Transcripts AS T1
SELECT count(*) FROM Transcripts AS T1
SELECT T1.transcript_date FROM Transcripts AS T1 WHERE T1.transcript_date = 'value'
SELECT max(T1.transcript_date) FROM Transcripts AS T1
SELECT count(DISTINCT T1.course_name) FROM Courses AS T1
SELECT T1.course_name, count(*) FROM Courses AS T1 JOIN Courses AS T2 GROUP BY T1.course_id
SELECT T1.transcript_date FROM Transcripts AS T1 JOIN Transcript_Contents AS T2 ON T2.transcript_id = T1.transcript_id GROUP BY T1.transcript_date ORDER BY count(*) LIMIT 1
SELECT T1.transcript_date, T1.transcript_date FROM Transcripts AS T1 GROUP BY T1.transcript_date ORDER BY count(*) LIMIT 1
SELECT Semesters.semester_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T2.student_id = T1.student_id WHERE Courses.course_name = 'Master' INTERSECT SELECT Semesters.semester_name FROM Students AS T3 JOIN Student_Enrolment AS T4 ON T4.student_id = T3.student_id WHERE Courses.course_name = 'Bachelor'
SELECT T1.semester_id FROM Semesters AS T1 JOIN Student_Enrolment AS T2 ON T2.semester_id = T1.semester_id WHERE T1.semester_name = 'Masters' INTERSECT SELECT T4.semester_name FROM Student_Enrolment AS T3 JOIN Semesters AS T4 ON T3.semester_id = T4.semester_id WHERE T4.semester_name = 'Bachelors'
SELECT count(DISTINCT T1.current_address_id) FROM Students AS T1
SELECT DISTINCT T2.current_address_id FROM Addresses AS T1 JOIN Students AS T2 ON T2.permanent_address_id = T1.address_id
SELECT T1.other_student_details FROM Students AS T1 WHERE T1.other_student_details = 'value' ORDER BY T1.other_student_details
SELECT T1.other_student_details FROM Students AS T1 ORDER BY T1.other_student_details
SELECT T1.section_name FROM Sections AS T1 WHERE T1.section_name = 'value'
SELECT Courses.course_description FROM Sections AS T1 WHERE T1.section_name = 'value'
SELECT T1.first_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T2.student_id = T1.student_id WHERE Addresses.country = 'Haiti'
SELECT T1.first_name FROM Students AS T1 WHERE T1.cell_mobile_number = 'Haiti'
SELECT T1.Title FROM Cartoon AS T1 ORDER BY T1.Title
SELECT T1.Title FROM Cartoon AS T1 ORDER BY T1.Title
SELECT T1.Directed_by FROM Cartoon AS T1 WHERE TV_series.Episode = 'Ben Jones'
SELECT T1.Directed_by FROM Cartoon AS T1 WHERE T1.Directed_by = 'Ben Jones'
SELECT count(*) FROM Cartoon AS T1 WHERE T1.Written_by = 'Joseph Kuhr'
SELECT count(*) FROM Cartoon AS T1 WHERE T1.Written_by = 'Joseph Kuhr'
SELECT T1.Title FROM Cartoon AS T1 ORDER BY TV_series.Air_Date
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Air_Date
SELECT T1.Title FROM Cartoon AS T1 WHERE T1.Directed_by = 'Ben Jones'
SELECT T1.Title FROM Cartoon AS T1 WHERE T1.Directed_by = 'Ben Jones'
SELECT T1.Country FROM TV_Channel AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT T1.Country FROM TV_Channel AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.series_name) FROM TV_Channel AS T1
SELECT count(DISTINCT T1.Content) FROM TV_Channel AS T1
SELECT T1.Content FROM TV_Channel AS T1 WHERE T1.Country = 'Sky Radio'
SELECT T1.Content FROM TV_Channel AS T1 WHERE T1.series_name = 'Sky Radio'
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE T1.Country = 'Sky Radio'
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE T1.series_name LIKE '%Package Options%'
SELECT count(*) FROM TV_Channel AS T1 WHERE T1.Language = 'TV Channel'
SELECT count(*) FROM TV_Channel AS T1 WHERE T1.Language = 'TV Channels'
SELECT T1.Language FROM TV_Channel AS T1 GROUP BY T1.Language ORDER BY count(*) LIMIT 1
SELECT T1.Language FROM TV_Channel AS T1 GROUP BY T1.Language ORDER BY count(*) LIMIT 1
SELECT T1.Language, count(*) FROM TV_Channel AS T1 GROUP BY T1.Language
SELECT T1.Language, count(*) FROM TV_Channel AS T1 GROUP BY T1.Language
SELECT T1.series_name FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T2.Channel = T1.id WHERE T1.Hight_definition_TV = 'The Rise of the Blue Beetle!'
SELECT T1.series_name FROM TV_Channel AS T1 WHERE T1.Country = 'The Rise of the Blue Beetle' OR T1.Country = 'TV Channel'
SELECT T1.series_name FROM TV_Channel AS T1 WHERE T1.series_name LIKE '%Sky Radio%'
SELECT T1.series_name FROM TV_Channel AS T1 WHERE T1.series_name LIKE '%Sky Radio%'
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Episode
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Rating
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Rating DESC LIMIT 3
SELECT T1.Episode FROM TV_series AS T1 GROUP BY T1.Episode ORDER BY count(*) DESC LIMIT 1
SELECT max(T1.Share), min(T1.Share) FROM TV_series AS T1
SELECT max(T1.Share), min(T1.Share) FROM TV_series AS T1
SELECT T1.Air_Date FROM TV_series AS T1 WHERE T1.Episode = 'A Love of a Lifetime'
SELECT T1.Episode FROM TV_series AS T1 WHERE T1.Air_Date = 'A Love of a Lifetime'
SELECT T1.Weekly_Rank FROM TV_series AS T1 WHERE T1.Episode = 'A Love of a Lifetime'
SELECT T1.Weekly_Rank FROM TV_series AS T1 WHERE T1.Episode = 'A Love of a Lifetime'
SELECT T1.series_name FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T2.Channel = T1.id WHERE TV_series.Episode = 'A Love of a Lifetime' INTERSECT SELECT T3.series_name FROM TV_Channel AS T3 JOIN Cartoon AS T4 ON T4.Channel = T3.id WHERE T3.Hight_definition_TV = 'TV Channel'
SELECT T1.Episode FROM TV_series AS T1 WHERE T1.Episode LIKE '%A Love of a Lifetime%'
SELECT T1.Episode FROM TV_series AS T1 WHERE TV_Channel.series_name LIKE '%Sky Radio%'
SELECT T1.Episode FROM TV_series AS T1 WHERE TV_Channel.series_name = 'Sky Radio'
SELECT count(*), T1.Directed_by FROM Cartoon AS T1 GROUP BY T1.Directed_by
SELECT count(*), T1.Episode FROM TV_series AS T1 JOIN TV_series AS T2 GROUP BY T1.Episode
SELECT T1.Production_code FROM Cartoon AS T1 GROUP BY T1.Production_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Channel FROM Cartoon AS T1 GROUP BY T1.Channel ORDER BY count(*) DESC LIMIT 1
SELECT T1.series_name, TV_series.Channel FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T2.Channel = T1.id WHERE T1.Hight_definition_TV > 'value'
SELECT T1.series_name, T1.Package_Option FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T2.Channel = T1.id WHERE T1.Hight_definition_TV > 'value'
SELECT T1.Country FROM TV_Channel AS T1 WHERE Cartoon.Written_by = 'Todd Casey'
SELECT T1.Country FROM TV_Channel AS T1 WHERE Cartoon.Written_by = 'TV'
SELECT T1.Country FROM TV_Channel AS T1 WHERE T1.series_name != 'Todd Casey'
SELECT T1.Country FROM TV_Channel AS T1 WHERE Cartoon.Written_by != 'Todd Casey'
SELECT T1.series_name, T1.Country FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T2.Channel = T1.id WHERE TV_series.Channel = 'Ben Jones' OR TV_series.Channel = 'Michael Chang'
SELECT T1.series_name, T1.Country FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T2.Channel = T1.id WHERE TV_series.Channel = 'TV' OR TV_series.Channel = 'Ben Jones'
SELECT T1.Pixel_aspect_ratio_PAR FROM TV_Channel AS T1 WHERE T1.Language != 'English'
SELECT T1.Pixel_aspect_ratio_PAR FROM TV_Channel AS T1 WHERE T1.Country != 'TV'
SELECT T1.Country FROM TV_Channel AS T1 GROUP BY T1.id HAVING count(*) > 2
SELECT Cartoon.Channel FROM TV_series AS T1 GROUP BY Cartoon.id HAVING count(*) > 2
SELECT T1.id FROM TV_Channel AS T1 WHERE T1.series_name != 'Ben Jones'
SELECT * FROM TV_Channel AS T1 WHERE Cartoon.Directed_by != 'TV'
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE TV_series.Channel != 'Ben Jones'
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE Cartoon.Directed_by != 'Ben Jones'
SELECT count(*) FROM poker_player AS T1
SELECT count(*) FROM poker_player AS T1
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings DESC
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings DESC
SELECT T1.Final_Table_Made, T1.Final_Table_Made FROM poker_player AS T1 ORDER BY T1.Best_Finish LIMIT 1
SELECT T1.Final_Table_Made, T1.Final_Table_Made FROM poker_player AS T1
SELECT avg(T1.Earnings) FROM poker_player AS T1
SELECT avg(T1.Earnings) FROM poker_player AS T1
SELECT T1.Money_Rank FROM poker_player AS T1 ORDER BY T1.Earnings DESC LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 ORDER BY T1.Earnings DESC LIMIT 1
SELECT max(T1.Final_Table_Made) FROM poker_player AS T1 WHERE T1.Earnings < 200000
SELECT max(T1.Final_Table_Made) FROM poker_player AS T1 WHERE T1.Earnings < 200000
SELECT DISTINCT people.Name FROM poker_player AS T1
SELECT people.Name FROM poker_player AS T1
SELECT T1.Poker_Player_ID FROM poker_player AS T1 WHERE T1.Earnings > 300000
SELECT T1.Poker_Player_ID FROM poker_player AS T1 WHERE T1.Earnings > 300000
SELECT people.Name FROM poker_player AS T1 ORDER BY T1.Final_Table_Made
SELECT T1.Poker_Player_ID FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T1.Final_Table_Made
SELECT people.Birth_Date FROM poker_player AS T1 ORDER BY T1.Earnings LIMIT 1
SELECT people.Birth_Date FROM poker_player AS T1 ORDER BY T1.Earnings LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 ORDER BY T1.Poker_Player_ID DESC LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 ORDER BY people.Height DESC LIMIT 1
SELECT avg(T1.Earnings) FROM poker_player AS T1 WHERE people.Height > 200
SELECT avg(T1.Earnings) FROM poker_player AS T1 WHERE T1.Money_Rank > 200
SELECT T1.Poker_Player_ID FROM poker_player AS T1 ORDER BY T1.Earnings DESC
SELECT T1.Poker_Player_ID FROM poker_player AS T1 ORDER BY T1.Earnings DESC
SELECT T1.Nationality, count(*) FROM people AS T1 GROUP BY T1.Nationality
SELECT T1.Nationality, count(*) FROM people AS T1 GROUP BY T1.Nationality
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality ORDER BY count(*) DESC LIMIT 1
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality ORDER BY count(*) DESC LIMIT 1
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality HAVING count(*) >= 2
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality HAVING count(*) >= 2
SELECT T1.Name, T1.Birth_Date FROM people AS T1 ORDER BY T1.Name
SELECT T1.Name, T1.Birth_Date FROM people AS T1 ORDER BY T1.Name
SELECT T1.Name FROM people AS T1 WHERE T1.Nationality != 'Russia'
SELECT T1.Name FROM people AS T1 WHERE T1.Nationality != 'Russia'
SELECT T1.Name FROM people AS T1 WHERE poker_player.People_ID NOT IN (SELECT T2.People_ID FROM poker_player AS T2)
SELECT T1.Name FROM people AS T1 WHERE poker_player.People_ID NOT IN (SELECT T2.People_ID FROM poker_player AS T2)
SELECT count(DISTINCT T1.Nationality) FROM people AS T1
SELECT count(DISTINCT T1.Nationality) FROM people AS T1
SELECT count(*) FROM AREA_CODE_STATE AS T1
SELECT T1.contestant_number, T1.contestant_name FROM CONTESTANTS AS T1 ORDER BY T1.contestant_name DESC
SELECT T1.vote_id, T1.phone_number, T1.phone_number FROM VOTES AS T1
SELECT max(T1.area_code), min(T1.area_code) FROM AREA_CODE_STATE AS T1
SELECT max(T1.created) FROM VOTES AS T1 WHERE T1.state = 'CA'
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name != 'Jessie Alloway'
SELECT DISTINCT T1.state, T1.state FROM VOTES AS T1
SELECT T1.contestant_name, T2.contestant_number FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T2.contestant_number = T1.contestant_number GROUP BY T1.contestant_number HAVING count(*) >= 2
SELECT T1.contestant_name, T1.contestant_number FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T2.contestant_number = T1.contestant_number ORDER BY T2.contestant_number LIMIT 1
SELECT count(*) FROM VOTES AS T1 JOIN AREA_CODE_STATE AS T2 ON T1.state = T2.state WHERE T1.state = 'NY'
SELECT count(*) FROM CONTESTANTS AS T1 WHERE VOTES.contestant_number NOT IN (SELECT T2.contestant_number FROM VOTES AS T2)
SELECT T1.area_code FROM AREA_CODE_STATE AS T1 JOIN VOTES AS T2 ON T2.state = T1.state GROUP BY T1.area_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.contestant_name, T2.phone_number FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T2.contestant_number = T1.contestant_number WHERE T1.contestant_name = 'Tabatha Gehling'
SELECT AREA_CODE_STATE.area_code FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T2.contestant_number = T1.contestant_number WHERE T1.contestant_name = 'Tabatha Gehling' INTERSECT SELECT AREA_CODE_STATE.area_code FROM CONTESTANTS AS T3 JOIN VOTES AS T4 ON T4.contestant_number = T3.contestant_number WHERE T3.contestant_name = 'Kelly Clauss'
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name LIKE '%Al%'
SELECT T1.Name FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code WHERE T1.LifeExpectancy > 1950
SELECT T1.Name FROM country AS T1 WHERE T1.LifeExpectancy > 1950
SELECT count(*) FROM country AS T1 WHERE T1.GovernmentForm = 'value'
SELECT count(*) FROM country AS T1 WHERE T1.GovernmentForm = 'value'
SELECT sum(T1.SurfaceArea) FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code WHERE T1.Name = 'Caribbean'
SELECT T1.SurfaceArea, T1.SurfaceArea FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code WHERE T1.Name = 'Carribean'
SELECT T1.Continent FROM country AS T1 WHERE T1.Name = 'Anguilla'
SELECT T1.Continent FROM country AS T1 WHERE T1.Name = 'Anguilla'
SELECT T1.Region FROM country AS T1 WHERE city.Name = 'Kabul'
SELECT T1.Region FROM country AS T1 WHERE T1.Name = 'Kabul'
SELECT country.Name FROM city AS T1 JOIN countrylanguage AS T2 WHERE country.Name = 'Aruba' GROUP BY T2.Language ORDER BY count(*) DESC LIMIT 1
SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T1.Name = 'Aruba'
SELECT T1.Population, T1.LifeExpectancy FROM country AS T1 WHERE T1.Name = 'Brazil'
SELECT T1.Population, T1.Population FROM country AS T1 WHERE T1.Name = 'Brazil'
SELECT T1.Region, T1.Population FROM country AS T1 WHERE T1.Name = 'Angola'
SELECT T1.Region, T1.Population FROM country AS T1 WHERE T1.Name = 'Angola'
SELECT avg(T1.LifeExpectancy) FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code WHERE T1.Region = 'Central Africa'
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT T1.Name FROM country AS T1 WHERE T1.LocalName = 'Asia' ORDER BY T1.LifeExpectancy LIMIT 1
SELECT T1.Name FROM country AS T1 WHERE T1.LocalName = 'Asia' ORDER BY T1.LifeExpectancy LIMIT 1
SELECT sum(T1.Population), max(T1.Population) FROM country AS T1 WHERE T1.GNP = 'value'
SELECT T1.Name, T1.GNP FROM country AS T1 WHERE T1.GNP = (SELECT T2.GNP FROM country AS T2 WHERE T2.Name = 'Asia' ORDER BY T2.LifeExpectancy DESC LIMIT 1)
SELECT avg(T1.LifeExpectancy) FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code
SELECT avg(T1.LifeExpectancy) FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code
SELECT sum(T1.SurfaceArea), sum(T1.SurfaceArea) FROM country AS T1 WHERE T1.Name = 'Asia'
SELECT sum(T1.SurfaceArea) FROM country AS T1 WHERE T1.Name = 'Asia'
SELECT count(*) FROM city AS T1 JOIN city AS T2 WHERE T1.District = 'Gelderland'
SELECT sum(T1.Population) FROM country AS T1 WHERE city.District = 'Gelderland'
SELECT avg(T1.GNP), avg(T1.Population) FROM country AS T1 WHERE T1.GovernmentForm = 'GNP'
SELECT avg(T1.GNP), avg(T1.Population) FROM country AS T1 WHERE T1.Name = 'GNP'
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1 WHERE T1.Language = 'value'
SELECT count(DISTINCT T1.GovernmentForm) FROM country AS T1
SELECT count(DISTINCT T1.GovernmentForm) FROM country AS T1
SELECT count(*) FROM countrylanguage AS T1 WHERE T1.Language = 'Aruba'
SELECT count(*) FROM city AS T1 JOIN countrylanguage AS T2 WHERE country.Name = 'Aruba'
SELECT count(*) FROM countrylanguage AS T1 WHERE T1.Language = 'Afghanistan'
SELECT count(*) FROM countrylanguage AS T1 WHERE T1.Language = 'Afghanistan'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T2.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT T1.Continent FROM country AS T1 GROUP BY T1.Continent ORDER BY count(*) DESC LIMIT 1
SELECT T1.Continent FROM country AS T1 GROUP BY T1.Continent ORDER BY count(*) DESC LIMIT 1
SELECT count(*), T1.Name FROM country AS T1 WHERE T1.Name = 'English'
SELECT count(*), T1.Name FROM country AS T1 WHERE T1.Name = 'English'
SELECT T1.Name FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code WHERE T1.LocalName = 'English' INTERSECT SELECT T3.Name FROM country AS T3 JOIN city AS T4 ON T4.CountryCode = T3.Code WHERE T3.LocalName = 'French'
SELECT T1.Name FROM country AS T1 WHERE T1.LocalName = 'English' INTERSECT SELECT T2.Name FROM country AS T2 JOIN city AS T3 ON T3.CountryCode = T2.Code WHERE T2.LocalName = 'French'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English' INTERSECT SELECT T3.Name FROM country AS T3 JOIN countrylanguage AS T4 ON T4.CountryCode = T3.Code WHERE T4.Language = 'French'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English' OR T2.Language = 'French'
SELECT count(DISTINCT T1.Continent) FROM country AS T1 WHERE T1.Name = 'Chinese'
SELECT count(*) FROM country AS T1 WHERE T1.Name = 'Chinese'
SELECT T1.Region FROM country AS T1 WHERE T1.Name = 'English' OR T1.Name = 'Dutch'
SELECT T1.Region FROM country AS T1 WHERE T1.Name = 'Dutch'
SELECT * FROM country AS T1 WHERE countrylanguage.Language = 'English' OR countrylanguage.Language = 'Dutch'
SELECT * FROM country AS T1 WHERE countrylanguage.Language = 'English' OR countrylanguage.Language = 'Dutch'
SELECT countrylanguage.Language FROM country AS T1 WHERE T1.Continent = 'Asian' GROUP BY countrylanguage.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Language FROM countrylanguage AS T1 WHERE T1.Language = 'Asian' GROUP BY T1.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.GovernmentForm FROM country AS T1 GROUP BY T1.GovernmentForm HAVING count(*) >= 1
SELECT countrylanguage.Language FROM country AS T1 GROUP BY T1.GovernmentForm HAVING count(*) = 'value'
SELECT T1.Name FROM city AS T1 WHERE T1.Name = 'English' ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Name FROM city AS T1 WHERE T1.Name = 'English' GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name, T1.Population, T1.Population FROM country AS T1 WHERE T1.LocalName = 'value' ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT T1.Name, T1.LifeExpectancy, T1.LifeExpectancy FROM country AS T1 WHERE T1.LocalName = 'Asian' ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE city.ID NOT IN (SELECT T2.LifeExpectancy FROM country AS T2 WHERE countrylanguage.Language = 'English')
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE T1.Name != 'English'
SELECT sum(T1.LifeExpectancy) FROM country AS T1 WHERE city.ID NOT IN (SELECT T2.ID FROM city AS T2 WHERE T1.Name = 'English')
SELECT count(*) FROM country AS T1 WHERE city.ID NOT IN (SELECT T2.ID FROM city AS T2 WHERE T1.LocalName = 'English')
SELECT T1.HeadOfState FROM country AS T1 WHERE T1.Name = 'Beatrix'
SELECT T1.HeadOfState FROM country AS T1 WHERE T1.Name = 'Beatrix'
SELECT count(*) FROM countrylanguage AS T1 WHERE country.LifeExpectancy < 1930
SELECT count(*) FROM country AS T1 WHERE T1.LifeExpectancy > 1930
SELECT * FROM country AS T1 WHERE T1.SurfaceArea > 'value'
SELECT * FROM country AS T1 WHERE T1.LifeExpectancy > (SELECT max(T2.LifeExpectancy) FROM country AS T2 WHERE T2.Name = 'Europe')
SELECT * FROM country AS T1 WHERE T1.Population < (SELECT min(T2.Population) FROM country AS T2 WHERE T2.Name = 'African')
SELECT * FROM country AS T1 WHERE T1.Population < (SELECT min(T2.Population) FROM country AS T2 WHERE T2.Name = 'African')
SELECT * FROM country AS T1 WHERE T1.Population > (SELECT max(T2.Population) FROM country AS T2 WHERE T2.Name = 'Asian')
SELECT * FROM country AS T1 WHERE T1.Population > (SELECT max(T2.Population) FROM country AS T2 WHERE T2.Name = 'Asian')
SELECT city.CountryCode FROM country AS T1 WHERE T1.Name != 'English'
SELECT city.CountryCode FROM country AS T1 WHERE T1.Name != 'English'
SELECT city.CountryCode FROM country AS T1 WHERE countrylanguage.Language != 'English' EXCEPT SELECT city.CountryCode FROM country AS T2 WHERE countrylanguage.Language = 'value'
SELECT city.CountryCode FROM country AS T1 WHERE T1.Name != 'English'
SELECT T1.Code FROM country AS T1 WHERE T1.GovernmentForm != 'English'
SELECT T1.Code FROM country AS T1 WHERE T1.GovernmentForm != 'English'
SELECT T1.Name FROM city AS T1 WHERE countrylanguage.Language != 'European'
SELECT T1.Name FROM city AS T1 WHERE countrylanguage.Language != 'Europe'
SELECT DISTINCT T1.Name FROM city AS T1 WHERE countrylanguage.Language = 'Asian'
SELECT DISTINCT T1.Name, T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE countrylanguage.Language = 'Asia'
SELECT T1.Name, T1.Population, T1.Population FROM country AS T1 ORDER BY T1.Population LIMIT 1
SELECT T1.Name, T1.IndepYear, T1.SurfaceArea FROM country AS T1 ORDER BY T1.Population LIMIT 1
SELECT T1.Name, T1.Population, T1.Population FROM country AS T1 ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT T1.Name, T1.HeadOfState, T1.HeadOfState FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Name, count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T1.Name HAVING count(*) >= 3
SELECT T1.Name, count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY city.CountryCode HAVING count(*) > 2
SELECT count(*), T1.District FROM city AS T1 WHERE T1.Population > (SELECT avg(T2.Population) FROM city AS T2)
SELECT T1.District, avg(T1.Population) FROM city AS T1 GROUP BY T1.District
SELECT T1.GovernmentForm, avg(T1.LifeExpectancy) FROM country AS T1 GROUP BY T1.GovernmentForm
SELECT T1.GovernmentForm, avg(T1.LifeExpectancy) FROM country AS T1 GROUP BY T1.GovernmentForm
SELECT avg(T1.LifeExpectancy), avg(T1.LifeExpectancy), avg(T1.Population) FROM country AS T1 GROUP BY T1.Name
SELECT T1.Continent, avg(T1.LifeExpectancy), avg(T1.LifeExpectancy) FROM country AS T1 GROUP BY T1.Continent
SELECT T1.Name, T1.Name FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 5
SELECT T1.Name, T1.SurfaceArea FROM country AS T1 ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.Population DESC LIMIT 3
SELECT T1.Name FROM country AS T1 ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.Population LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.LifeExpectancy LIMIT 1
SELECT count(*) FROM country AS T1 WHERE T1.Name = 'Asia'
SELECT count(*) FROM country AS T1 WHERE T1.Name = 'Asia'
SELECT T1.Name FROM country AS T1 WHERE T1.Continent = 'Europe' OR T1.Continent = 80000
SELECT T1.Name FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code WHERE T1.LocalName = 'Europe' AND T1.Population = 80000
SELECT sum(T1.Population), avg(T1.Population) FROM country AS T1 WHERE T1.LifeExpectancy > 3000
SELECT sum(T1.Population), avg(T1.Population) FROM country AS T1 WHERE T1.SurfaceArea > 3000
SELECT T1.Name FROM city AS T1 WHERE country.Population BETWEEN 160000 AND 900000
SELECT T1.Name FROM city AS T1 WHERE T1.Population BETWEEN 160000 AND 900000
SELECT T1.Name FROM country AS T1 GROUP BY countrylanguage.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM country AS T1 GROUP BY countrylanguage.Language ORDER BY count(*) DESC LIMIT 1
SELECT countrylanguage.Language FROM country AS T1 GROUP BY countrylanguage.Language
SELECT T2.CountryCode, countrylanguage.Language FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code GROUP BY T1.Code
SELECT count(*) FROM country AS T1 WHERE T1.Name = 'Spanish' ORDER BY countrylanguage.Percentage DESC LIMIT 1
SELECT count(*) FROM country AS T1 WHERE countrylanguage.Language = 'Spanish'
SELECT city.CountryCode FROM country AS T1 WHERE T1.Name = 'Spanish' ORDER BY countrylanguage.Percentage DESC LIMIT 1
SELECT city.CountryCode FROM country AS T1 WHERE countrylanguage.Language = 'Spanish'
SELECT count(*) FROM conductor AS T1
SELECT count(*) FROM conductor AS T1
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Age
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Age
SELECT T1.Name FROM conductor AS T1 WHERE T1.Nationality != 'USA'
SELECT T1.Name FROM conductor AS T1 WHERE T1.Nationality != 'USA'
SELECT T1.Record_Company FROM orchestra AS T1 ORDER BY T1.Year_of_Founded DESC
SELECT T1.Record_Company FROM orchestra AS T1 ORDER BY T1.Year_of_Founded DESC
SELECT avg(T1.Attendance) FROM show AS T1
SELECT avg(T1.Attendance) FROM show AS T1
SELECT max(T1.Type), min(T1.Type) FROM performance AS T1 WHERE T1.Type != 'Live final'
SELECT max(T1.Type), min(T1.Type) FROM performance AS T1 WHERE T1.Type != 'Live final'
SELECT count(DISTINCT T1.Nationality) FROM conductor AS T1
SELECT count(DISTINCT T1.Nationality) FROM conductor AS T1
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T2.Conductor_ID = T1.Conductor_ID GROUP BY T1.Conductor_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name, T2.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T2.Conductor_ID = T1.Conductor_ID
SELECT T1.Name, T2.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T2.Conductor_ID = T1.Conductor_ID
SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T2.Conductor_ID = T1.Conductor_ID GROUP BY T2.Conductor_ID HAVING count(*) > 1
SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T2.Conductor_ID = T1.Conductor_ID GROUP BY T2.Conductor_ID HAVING count(*) > 1
SELECT conductor.Name FROM performance AS T1 JOIN orchestra AS T2 ON T1.Orchestra_ID = T2.Orchestra_ID GROUP BY T2.Conductor_ID ORDER BY count(*) DESC LIMIT 1
SELECT conductor.Name FROM performance AS T1 JOIN orchestra AS T2 ON T1.Orchestra_ID = T2.Orchestra_ID GROUP BY T2.Conductor_ID ORDER BY count(*) DESC LIMIT 1
SELECT conductor.Name FROM performance AS T1 JOIN orchestra AS T2 ON T1.Orchestra_ID = T2.Orchestra_ID WHERE T2.Year_of_Founded > 2008
SELECT conductor.Name FROM performance AS T1 JOIN orchestra AS T2 ON T1.Orchestra_ID = T2.Orchestra_ID WHERE T2.Year_of_Founded > 2008
SELECT T1.Record_Company, count(*) FROM orchestra AS T1 GROUP BY T1.Record_Company
SELECT count(*), T1.Record_Company FROM orchestra AS T1 GROUP BY T1.Record_Company
SELECT T1.Major_Record_Format FROM orchestra AS T1 ORDER BY T1.Major_Record_Format
SELECT T1.Major_Record_Format FROM orchestra AS T1 ORDER BY T1.Major_Record_Format
SELECT T1.Record_Company FROM orchestra AS T1 GROUP BY T1.Record_Company ORDER BY count(*) DESC LIMIT 1
SELECT T1.Record_Company FROM orchestra AS T1 GROUP BY T1.Record_Company ORDER BY count(*) DESC LIMIT 1
SELECT T1.Orchestra FROM orchestra AS T1 WHERE performance.Orchestra_ID NOT IN (SELECT T2.Orchestra_ID FROM performance AS T2)
SELECT T1.Orchestra FROM orchestra AS T1 WHERE T1.Orchestra_ID NOT IN (SELECT T2.Orchestra_ID FROM performance AS T2)
SELECT T1.Record_Company FROM orchestra AS T1 WHERE T1.Year_of_Founded < 2003 INTERSECT SELECT T2.Record_Company FROM orchestra AS T2 WHERE T2.Year_of_Founded < 2003
SELECT T1.Record_Company FROM orchestra AS T1 WHERE T1.Year_of_Founded < 2003 INTERSECT SELECT T2.Record_Company FROM orchestra AS T2 WHERE T2.Year_of_Founded < 2003
SELECT count(DISTINCT T1.Orchestra) FROM orchestra AS T1 WHERE T1.Major_Record_Format = 'CD'
SELECT count(DISTINCT T1.Orchestra) FROM orchestra AS T1 WHERE T1.Major_Record_Format = 'CD'
SELECT T1.Year_of_Founded FROM orchestra AS T1 GROUP BY T1.Year_of_Founded HAVING count(*) > 1
SELECT T1.Year_of_Founded FROM orchestra AS T1 GROUP BY T1.Year_of_Founded HAVING count(*) > 'value'
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT T1.name, T1.grade FROM Highschooler AS T1
SELECT T1.name, T1.grade FROM Highschooler AS T1
SELECT DISTINCT T1.grade FROM Highschooler AS T1
SELECT T1.grade, count(*) FROM Highschooler AS T1 GROUP BY T1.grade
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.grade = 'value'
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.name = 'Kyle'
SELECT DISTINCT T1.name FROM Highschooler AS T1 WHERE T1.grade = 10
SELECT T1.name FROM Highschooler AS T1 WHERE T1.grade = 10
SELECT T1.ID FROM Highschooler AS T1 WHERE T1.name = 'ID'
SELECT T1.liked_id FROM Likes AS T1 WHERE T1.liked_id = 'value'
SELECT count(*) FROM Highschooler AS T1 WHERE T1.grade BETWEEN 9 AND 10
SELECT count(*) FROM Highschooler AS T1 WHERE T1.grade BETWEEN 9 AND 10
SELECT count(*), T1.grade FROM Highschooler AS T1 GROUP BY T1.grade
SELECT count(*), T1.grade FROM Highschooler AS T1 GROUP BY T1.grade
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade HAVING count(*) >= 4
SELECT DISTINCT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade HAVING count(*) > 4
SELECT T1.student_id, count(*) FROM Friend AS T1 GROUP BY T1.friend_id
SELECT count(*), T1.friend_id FROM Friend AS T1 GROUP BY T1.friend_id
SELECT T1.name, T2.friend_id FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID GROUP BY T2.student_id
SELECT T1.name, count(*) FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID GROUP BY T1.name
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY Friend.friend_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID GROUP BY T2.student_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 GROUP BY T1.name HAVING count(*) >= 3
SELECT T1.name FROM Highschooler AS T1 GROUP BY T1.name HAVING count(*) >= 3
SELECT T1.name FROM Highschooler AS T1 WHERE Friend.friend_id = 'value'
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID WHERE T1.grade = 'value'
SELECT count(*) FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID WHERE Likes.student_id = 'value'
SELECT count(*) FROM Friend AS T1 WHERE T1.friend_id = 'value'
SELECT T1.student_id FROM Friend AS T1 EXCEPT SELECT T2.student_id FROM Friend AS T2
SELECT Friend.student_id FROM Highschooler AS T1 EXCEPT SELECT T2.student_id FROM Friend AS T2
SELECT T1.name FROM Highschooler AS T1 WHERE Likes.student_id NOT IN (SELECT T2.student_id FROM Friend AS T2)
SELECT T1.name FROM Highschooler AS T1 WHERE Likes.student_id NOT IN (SELECT T2.student_id FROM Friend AS T2)
SELECT DISTINCT T1.ID FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID WHERE * >= 'value'
SELECT Likes.student_id FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID WHERE Likes.liked_id = 'value' INTERSECT SELECT Likes.student_id FROM Friend AS T3 WHERE Likes.liked_id = 'value'
SELECT DISTINCT T1.name, T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID GROUP BY T2.student_id HAVING count(*) >= 'value'
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID WHERE Likes.liked_id = 'value' INTERSECT SELECT T3.name FROM Highschooler AS T3 JOIN Friend AS T4 ON T4.friend_id = T3.ID WHERE Likes.liked_id = 'value'
SELECT count(*), T1.student_id FROM Likes AS T1 GROUP BY T1.student_id
SELECT count(*), T1.student_id FROM Likes AS T1 GROUP BY T1.student_id
SELECT T1.name, count(*) FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T1.name
SELECT T1.name, count(*) FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T2.student_id
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T2.student_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T2.student_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T2.student_id HAVING count(*) >= 2
SELECT T1.student_id FROM Likes AS T1 GROUP BY T1.student_id HAVING count(*) > 2
SELECT DISTINCT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID WHERE T1.grade > 5
SELECT T1.name FROM Highschooler AS T1 WHERE T1.grade > 5 OR T1.grade > 2
SELECT count(*) FROM Likes AS T1 WHERE T1.liked_id = 'value'
SELECT count(*) FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID WHERE T1.name = 'Kyle'
SELECT avg(T1.grade) FROM Highschooler AS T1
SELECT avg(T1.grade) FROM Highschooler AS T1 WHERE Friend.friend_id = 'value'
SELECT min(T1.grade) FROM Highschooler AS T1 EXCEPT SELECT min(T2.grade) FROM Highschooler AS T2
SELECT min(T1.grade) FROM Highschooler AS T1 EXCEPT SELECT min(T2.grade) FROM Highschooler AS T2
SELECT T1.state FROM Professionals AS T1 INTERSECT SELECT T2.state FROM Professionals AS T2
SELECT T1.state FROM Professionals AS T1 INTERSECT SELECT T2.state FROM Professionals AS T2
SELECT avg(T1.age) FROM Dogs AS T1
SELECT avg(T1.age) FROM Dogs AS T1
SELECT T1.professional_id FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id WHERE T1.last_name > 2 GROUP BY T1.professional_id HAVING count(*) > 'value'
SELECT T1.professional_id, T1.last_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.professional_id HAVING count(*) > 2
SELECT T1.name FROM Dogs AS T1 WHERE Treatments.cost_of_treatment < 1000
SELECT T1.name FROM Dogs AS T1 WHERE Treatments.cost_of_treatment > 1000 EXCEPT SELECT T3.name FROM Treatments AS T2 JOIN Dogs AS T3 ON T2.dog_id = T3.dog_id WHERE T2.cost_of_treatment > 'value'
SELECT T1.first_name FROM Professionals AS T1 WHERE T1.professional_id NOT IN (SELECT T1.professional_id FROM Owners AS T2)
SELECT T1.first_name FROM Professionals AS T1 WHERE T1.professional_id NOT IN (SELECT T1.professional_id FROM Owners AS T2)
SELECT T1.professional_id FROM Treatments AS T1 WHERE Professionals.professional_id NOT IN (SELECT Professionals.professional_id FROM Treatments AS T2)
SELECT Treatments.professional_id, T1.email_address FROM Professionals AS T1 WHERE T1.professional_id NOT IN (SELECT T1.professional_id FROM Treatments AS T2)
SELECT T1.first_name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T2.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name, T1.last_name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T2.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T2.professional_id, T1.first_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T2.name FROM Breeds AS T1 JOIN Dogs AS T2 ON T2.breed_code = T1.breed_code GROUP BY T1.breed_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.breed_name FROM Breeds AS T1 GROUP BY T1.breed_name ORDER BY count(*) DESC LIMIT 1
SELECT T2.owner_id FROM Treatments AS T1 JOIN Dogs AS T2 ON T1.dog_id = T2.dog_id GROUP BY T1.treatment_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.owner_id, T1.last_name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T2.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.treatment_type_description FROM Treatment_Types AS T1 ORDER BY Treatments.cost_of_treatment LIMIT 1
SELECT Treatment_Types.treatment_type_description FROM Treatments AS T1 ORDER BY T1.cost_of_treatment LIMIT 1
SELECT T2.owner_id FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T2.owner_id ORDER BY sum(T1.zip_code) DESC LIMIT 1
SELECT T1.owner_id, T1.zip_code FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T1.zip_code ORDER BY sum(*) DESC LIMIT 1
SELECT Professionals.professional_id FROM Treatments AS T1 GROUP BY Professionals.professional_id HAVING count(*) >= 2
SELECT T2.professional_id, T1.home_phone FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T1.first_name, T1.last_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id WHERE T2.cost_of_treatment < (SELECT avg(T3.cost_of_treatment) FROM Treatments AS T3)
SELECT T1.first_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id WHERE T2.cost_of_treatment < (SELECT avg(T3.cost_of_treatment) FROM Treatments AS T3)
SELECT T2.first_name, T2.first_name FROM Treatments AS T1 JOIN Professionals AS T2 ON T1.professional_id = T2.professional_id
SELECT T2.name, T1.date_of_treatment FROM Treatments AS T1 JOIN Dogs AS T2 ON T1.dog_id = T2.dog_id
SELECT Treatment_Types.treatment_type_description, Treatment_Types.treatment_type_description FROM Treatments AS T1
SELECT Treatment_Types.treatment_type_description, Treatment_Types.treatment_type_description FROM Treatments AS T1
SELECT T1.name, Owners.last_name FROM Dogs AS T1 JOIN Dogs AS T2
SELECT T1.name, Owners.last_name FROM Dogs AS T1 JOIN Dogs AS T2
SELECT T1.name FROM Dogs AS T1 INTERSECT SELECT T2.name FROM Dogs AS T2
SELECT T1.name, T1.name FROM Dogs AS T1 JOIN Dogs AS T2
SELECT T2.name FROM Treatments AS T1 JOIN Dogs AS T2 ON T1.dog_id = T2.dog_id
SELECT T1.name, Breeds.breed_name FROM Dogs AS T1
SELECT T1.name FROM Dogs AS T1 JOIN Dogs AS T2 WHERE T1.name = 's first name and the dog'
SELECT T1.first_name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id WHERE T2.name = 'Virginia'
SELECT T2.date_arrived, T1.date_of_treatment FROM Treatments AS T1 JOIN Dogs AS T2 ON T1.dog_id = T2.dog_id
SELECT T2.date_arrived, T1.date_of_treatment FROM Treatments AS T1 JOIN Dogs AS T2 ON T1.dog_id = T2.dog_id
SELECT T1.last_name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id ORDER BY T2.date_departed LIMIT 1
SELECT T1.name FROM Dogs AS T1 JOIN Dogs AS T2 ORDER BY T1.date_departed LIMIT 1
SELECT T1.email_address FROM Professionals AS T1 WHERE T1.state = 'Hawaii'
SELECT T1.email_address FROM Professionals AS T1 WHERE T1.state = 'Hawaii' OR T1.state = 'Wisconsin'
SELECT T1.date_arrived, T1.date_of_birth FROM Dogs AS T1
SELECT T1.date_arrived, T1.date_of_birth FROM Dogs AS T1
SELECT count(*) FROM Treatments AS T1 WHERE T1.treatment_type_code = 'value'
SELECT count(*) FROM Treatments AS T1
SELECT count(*) FROM Treatments AS T1
SELECT count(*) FROM Professionals AS T1 WHERE T1.professional_id NOT IN (SELECT T2.professional_id FROM Professionals AS T2)
SELECT T1.professional_id FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id WHERE T1.city LIKE '%West%'
SELECT T1.role_code, T1.street FROM Professionals AS T1 WHERE T1.city LIKE '%West%'
SELECT T1.first_name FROM Owners AS T1 WHERE T1.first_name LIKE '%North%'
SELECT T1.first_name, T1.last_name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id WHERE T1.state LIKE '%North%'
SELECT avg(T1.age) FROM Dogs AS T1
SELECT count(*) FROM Dogs AS T1 WHERE T1.age < (SELECT avg(T2.age) FROM Dogs AS T2)
SELECT T1.cost_of_treatment FROM Treatments AS T1 ORDER BY T1.cost_of_treatment DESC LIMIT 1
SELECT T1.cost_of_treatment FROM Treatments AS T1 ORDER BY T1.cost_of_treatment DESC LIMIT 1
SELECT count(*) FROM Treatments AS T1 WHERE T1.dog_id NOT IN (SELECT T1.treatment_id FROM Dogs AS T2)
SELECT count(*) FROM Treatments AS T1 WHERE T1.dog_id NOT IN (SELECT T1.treatment_id FROM Dogs AS T2)
SELECT count(*) FROM Owners AS T1 WHERE Dogs.owner_id NOT IN (SELECT T2.owner_id FROM Dogs AS T2)
SELECT count(*) FROM Owners AS T1 WHERE Dogs.owner_id NOT IN (SELECT T2.owner_id FROM Dogs AS T2)
SELECT count(*) FROM Professionals AS T1 WHERE Treatments.professional_id NOT IN (SELECT T2.professional_id FROM Treatments AS T2)
SELECT count(*) FROM Professionals AS T1 WHERE T1.professional_id NOT IN (SELECT T1.professional_id FROM Treatments AS T2)
SELECT T1.name, T1.weight FROM Dogs AS T1 WHERE T1.abandoned_yn = 1
SELECT T1.name, T1.weight FROM Dogs AS T1 WHERE T1.abandoned_yn = 'Note'
SELECT avg(T1.age) FROM Dogs AS T1
SELECT avg(T1.age) FROM Dogs AS T1
SELECT T1.age FROM Dogs AS T1 ORDER BY T1.date_departed DESC LIMIT 1
SELECT T1.age FROM Dogs AS T1 ORDER BY T1.date_of_birth DESC LIMIT 1
SELECT T1.charge_type, T1.charge_type FROM Charges AS T1 GROUP BY T1.charge_type
SELECT T1.charge_type, count(*) FROM Charges AS T1
SELECT T1.charge_type FROM Charges AS T1 ORDER BY T1.charge_amount DESC LIMIT 1
SELECT T1.charge_type FROM Charges AS T1 ORDER BY T1.charge_amount DESC LIMIT 1
SELECT T1.email_address, T1.home_phone FROM Professionals AS T1
SELECT T1.email_address, T1.home_phone FROM Professionals AS T1
SELECT T1.breed_name, count(*) FROM Breeds AS T1
SELECT DISTINCT Breeds.breed_name, count(*) FROM Dogs AS T1
SELECT T1.first_name, T1.first_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id
SELECT Dogs.name, T2.treatment_type_description FROM Treatments AS T1 JOIN Treatment_Types AS T2 ON T1.treatment_type_code = T2.treatment_type_code
SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions
SELECT T1.Birth_Year, T1.Birth_Year FROM singer AS T1
SELECT T1.Birth_Year, T1.Birth_Year FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID
SELECT T1.Name FROM singer AS T1 WHERE T1.Citizenship != 'France'
SELECT T1.Name FROM singer AS T1 WHERE T1.Citizenship != 'French'
SELECT T1.Name FROM singer AS T1 WHERE T1.Birth_Year = 1948 OR T1.Birth_Year = 1949
SELECT T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID WHERE T1.Birth_Year = 1948 OR T1.Birth_Year = 1949
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID ORDER BY T1.Net_Worth_Millions DESC LIMIT 1
SELECT T1.Citizenship, count(*) FROM singer AS T1 GROUP BY T1.Citizenship
SELECT T1.Citizenship, count(*) FROM singer AS T1 GROUP BY T1.Citizenship
SELECT T1.Citizenship FROM singer AS T1 GROUP BY T1.Citizenship ORDER BY count(*) DESC LIMIT 1
SELECT T1.Citizenship FROM singer AS T1 GROUP BY T1.Citizenship ORDER BY count(*) DESC LIMIT 1
SELECT T1.Citizenship, max(T1.Net_Worth_Millions) FROM singer AS T1 GROUP BY T1.Citizenship
SELECT T1.Citizenship, max(T1.Net_Worth_Millions) FROM singer AS T1 GROUP BY T1.Citizenship
SELECT T2.Title, T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID
SELECT T2.Title, T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID
SELECT DISTINCT T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID WHERE T2.Sales > 300000
SELECT DISTINCT T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID WHERE T2.Sales > 300000
SELECT T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID GROUP BY T1.Singer_ID HAVING count(*) > 1
SELECT T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID GROUP BY T1.Singer_ID HAVING count(*) > 1
SELECT T1.Name, sum(T2.Sales) FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID GROUP BY T1.Name
SELECT sum(T2.Sales), T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID GROUP BY T1.Name
SELECT T1.Name FROM singer AS T1 WHERE song.Singer_ID NOT IN (SELECT T2.Singer_ID FROM song AS T2)
SELECT T1.Title FROM song AS T1 WHERE T1.Singer_ID NOT IN (SELECT T2.Song_ID FROM song AS T2)
SELECT T1.Citizenship FROM singer AS T1 WHERE T1.Birth_Year < 1945 OR T1.Birth_Year > 1955
SELECT T1.Citizenship FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID WHERE T1.Birth_Year < 1945 OR T1.Birth_Year > 1955
SELECT count(*) FROM Other_Available_Features AS T1
SELECT T1.feature_type_name FROM Ref_Feature_Types AS T1 WHERE T1.feature_type_name = 'AirCon'
SELECT T1.property_type_description FROM Ref_Property_Types AS T1
SELECT T1.property_name FROM Properties AS T1 JOIN Other_Property_Features AS T2 ON T2.property_id = T1.property_id GROUP BY T1.property_id HAVING count(*) > 1

SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Name, T1.Country, T1.Age FROM singer AS T1 ORDER BY T1.Age
SELECT T1.Name, T1.Country, T1.Age FROM singer AS T1 ORDER BY T1.Age DESC
SELECT avg(T1.Age), min(T1.Age), max(T1.Age) FROM singer AS T1 WHERE T1.Age > 'value'
SELECT avg(T1.Age), min(T1.Age), max(T1.Age) FROM singer AS T1
SELECT T1.Name, T1.Song_release_year FROM singer AS T1 ORDER BY T1.Age LIMIT 1
SELECT T1.Name, T1.Song_release_year FROM singer AS T1 ORDER BY T1.Age LIMIT 1
SELECT DISTINCT T1.Country FROM singer AS T1 WHERE T1.Age > 20
SELECT DISTINCT T1.Country FROM singer AS T1 WHERE T1.Age > 20
SELECT T1.Country, count(*) FROM singer AS T1 GROUP BY T1.Country
SELECT T1.Country, count(*) FROM singer AS T1 GROUP BY T1.Country
SELECT T1.Song_Name FROM singer AS T1 WHERE T1.Age > (SELECT avg(T2.Age) FROM singer AS T2)
SELECT T1.Song_Name FROM singer AS T1 WHERE T1.Age > (SELECT avg(T2.Age) FROM singer AS T2)
SELECT T1.Location, T1.Name FROM stadium AS T1 WHERE T1.Capacity BETWEEN 5000 AND 10000
SELECT T1.Location, T1.Name FROM stadium AS T1 WHERE T1.Capacity BETWEEN 5000 AND 10000
SELECT max(T1.Capacity), avg(T1.Average) FROM stadium AS T1
SELECT avg(T1.Average), max(T1.Capacity) FROM stadium AS T1
SELECT T1.Name, T1.Capacity FROM stadium AS T1 ORDER BY T1.Average DESC LIMIT 1
SELECT T1.Name, T1.Capacity FROM stadium AS T1 ORDER BY T1.Average DESC LIMIT 1
SELECT count(*) FROM concert AS T1 WHERE T1.Year = 2014 OR T1.Year = 2015
SELECT count(*) FROM concert AS T1 WHERE T1.Year = 2014 OR T1.Year = 2015
SELECT T1.Name, count(*) FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID GROUP BY T2.Stadium_ID
SELECT T1.Name, count(*) FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID GROUP BY T2.Stadium_ID
SELECT T1.Name, T1.Capacity FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID WHERE T2.Year > 2014 GROUP BY T2.Stadium_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name, T1.Capacity FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID WHERE T1.Average > 2013 GROUP BY T1.Stadium_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Year FROM concert AS T1 GROUP BY T1.Year ORDER BY count(*) DESC LIMIT 1
SELECT T1.Year FROM concert AS T1 GROUP BY T1.Year ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM stadium AS T1 WHERE T1.Stadium_ID NOT IN (SELECT T2.Stadium_ID FROM concert AS T2)
SELECT T1.Name FROM stadium AS T1 WHERE T1.Stadium_ID NOT IN (SELECT T2.Stadium_ID FROM concert AS T2)
SELECT T1.Country FROM singer AS T1 WHERE T1.Age > 40 INTERSECT SELECT T2.Country FROM singer AS T2 WHERE T2.Age < 30
SELECT T1.Name FROM stadium AS T1 EXCEPT SELECT T2.Name FROM stadium AS T2 JOIN concert AS T3 ON T3.Stadium_ID = T2.Stadium_ID WHERE T3.Year = 2014
SELECT T1.Name FROM stadium AS T1 WHERE T1.Stadium_ID NOT IN (SELECT T2.Stadium_ID FROM concert AS T2 WHERE T2.concert_Name = 2014)
SELECT T3.Name, count(*) FROM singer_in_concert AS T1 JOIN concert AS T2 JOIN singer AS T3 ON T1.concert_ID = T2.concert_ID AND T1.Singer_ID = T3.Singer_ID GROUP BY T2.concert_Name
SELECT T2.Name, T3.Theme, count(*) FROM singer_in_concert AS T1 JOIN singer AS T2 JOIN concert AS T3 ON T1.Singer_ID = T2.Singer_ID AND T1.concert_ID = T3.concert_ID GROUP BY T3.Theme
SELECT T2.Name, count(*) FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T1.Singer_ID
SELECT T2.Name, count(*) FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T1.Singer_ID
SELECT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T2 JOIN concert AS T3 ON T2.Singer_ID = T1.Singer_ID AND T2.concert_ID = T3.concert_ID WHERE T3.Year = 2014
SELECT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T2 JOIN concert AS T3 ON T2.Singer_ID = T1.Singer_ID AND T2.concert_ID = T3.concert_ID WHERE T3.concert_Name = 2014
SELECT T1.Name, T1.Song_Name FROM singer AS T1 WHERE T1.Song_release_year LIKE '%Hey%'
SELECT T1.Name, T1.Country FROM singer AS T1 WHERE T1.Song_Name LIKE '%Hey%'
SELECT T1.Name, T1.Location FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID WHERE T2.Year = 2014 INTERSECT SELECT T3.Name, T3.Location FROM stadium AS T3 JOIN concert AS T4 ON T4.Stadium_ID = T3.Stadium_ID WHERE T4.Year = 2015
SELECT T1.Name, T1.Location FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID WHERE T2.concert_Name = 2014 INTERSECT SELECT T3.Name, T3.Location FROM stadium AS T3 JOIN concert AS T4 ON T4.Stadium_ID = T3.Stadium_ID WHERE T4.concert_Name = 2015
SELECT count(*) FROM stadium AS T1 ORDER BY T1.Capacity DESC LIMIT 1
SELECT count(*) FROM stadium AS T1 ORDER BY T1.Capacity DESC LIMIT 1
SELECT count(*) FROM Pets AS T1 WHERE T1.weight > 10
SELECT count(*) FROM Pets AS T1 WHERE T1.weight > 10
SELECT T1.weight FROM Pets AS T1 JOIN Student AS T2 ORDER BY T2.Age LIMIT 1
SELECT T3.weight FROM Student AS T1 JOIN Student AS T2 JOIN Pets AS T3 ORDER BY T1.Age LIMIT 1
SELECT max(T1.weight), max(T1.weight), T1.PetType FROM Pets AS T1 GROUP BY T1.PetType
SELECT max(T1.weight), T1.PetType FROM Pets AS T1 GROUP BY T1.PetType
SELECT count(*) FROM Pets AS T1 JOIN Student AS T2 WHERE T2.Age > 20
SELECT count(*) FROM Pets AS T1 JOIN Student AS T2 WHERE T2.Age > 20
SELECT count(*) FROM Pets AS T1 JOIN Has_Pet AS T2 JOIN Student AS T3 ON T2.PetID = T1.PetID AND T2.StuID = T3.StuID WHERE T3.Sex = 'F' AND T3.Sex = 'value'
SELECT count(*) FROM Pets AS T1 JOIN Has_Pet AS T2 JOIN Student AS T3 ON T2.PetID = T1.PetID AND T2.StuID = T3.StuID WHERE T3.Sex = 'value' AND T3.Sex = 'value'
SELECT count(DISTINCT T1.PetType) FROM Pets AS T1
SELECT count(DISTINCT T1.PetType) FROM Pets AS T1
SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 JOIN Student AS T3 JOIN Pets AS T4 ON T2.StuID = T1.StuID AND T2.StuID = T3.StuID AND T2.PetID = T4.PetID WHERE T4.pet_age = 'value' OR T4.pet_age = 'value'
SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 JOIN Pets AS T3 ON T2.StuID = T1.StuID AND T2.PetID = T3.PetID WHERE T3.PetType = 'value' OR T3.pet_age = 'value'
SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 JOIN Pets AS T3 ON T2.StuID = T1.StuID AND T2.PetID = T3.PetID WHERE T3.PetType = 'value' INTERSECT SELECT T4.Fname FROM Student AS T4 JOIN Has_Pet AS T5 JOIN Pets AS T6 ON T5.StuID = T4.StuID AND T5.PetID = T6.PetID WHERE T6.PetType = 'value'
SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 JOIN Pets AS T3 ON T2.StuID = T1.StuID AND T2.PetID = T3.PetID WHERE T3.PetType = 'value' INTERSECT SELECT T4.Fname FROM Student AS T4 JOIN Has_Pet AS T5 JOIN Pets AS T6 ON T5.StuID = T4.StuID AND T5.PetID = T6.PetID WHERE T6.PetType = 'value'
SELECT T1.Major, T1.Age FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T2.StuID FROM Has_Pet AS T2 JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.pet_age = 'value')
SELECT T1.Major, T1.Major FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T2.StuID FROM Has_Pet AS T2 JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.pet_age = 'value')
SELECT T1.StuID FROM Student AS T1 EXCEPT SELECT T2.StuID FROM Has_Pet AS T2 WHERE T2.PetID = 'value'
SELECT T1.StuID FROM Student AS T1 EXCEPT SELECT T2.StuID FROM Has_Pet AS T2 WHERE T2.PetID = 'value'
SELECT T1.Fname, T1.Age FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T2.StuID FROM Has_Pet AS T2 WHERE T2.PetID = 'value')
SELECT T1.Fname FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T2.StuID FROM Has_Pet AS T2 WHERE T2.StuID = 'value')
SELECT T1.PetType, T1.weight FROM Pets AS T1 ORDER BY T1.weight LIMIT 1
SELECT T1.PetType, T1.pet_age FROM Pets AS T1 JOIN Has_Pet AS T2 JOIN Student AS T3 ON T2.PetID = T1.PetID AND T2.StuID = T3.StuID WHERE T3.Age = (SELECT min(T4.Age) FROM Student AS T4)
SELECT T1.PetID, T1.weight FROM Pets AS T1 WHERE T1.pet_age > 1
SELECT T1.PetID, T1.weight FROM Pets AS T1 WHERE T1.pet_age > 1 GROUP BY T1.PetID
SELECT avg(T1.pet_age), max(T1.pet_age), T1.PetType FROM Pets AS T1 GROUP BY T1.PetType
SELECT avg(T1.pet_age), max(T1.pet_age), T1.PetType FROM Pets AS T1 GROUP BY T1.PetType
SELECT avg(T1.weight), T1.PetType FROM Pets AS T1 GROUP BY T1.PetType
SELECT avg(T1.weight), T1.PetType FROM Pets AS T1 GROUP BY T1.PetType
SELECT DISTINCT T1.Fname, T1.Age FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID
SELECT DISTINCT T1.Fname, T1.Age FROM Student AS T1 JOIN Has_Pet AS T2 JOIN Pets AS T3 ON T2.StuID = T1.StuID AND T2.PetID = T3.PetID WHERE T3.PetType = 'value'
SELECT T2.PetID FROM Has_Pet AS T1 JOIN Pets AS T2 JOIN Student AS T3 ON T1.PetID = T2.PetID AND T1.StuID = T3.StuID WHERE T3.LName = 'Smith'
SELECT T2.PetID FROM Has_Pet AS T1 JOIN Pets AS T2 JOIN Student AS T3 ON T1.PetID = T2.PetID AND T1.StuID = T3.StuID WHERE T3.LName = 'Smith'
SELECT count(*), T1.StuID FROM Has_Pet AS T1 GROUP BY T1.StuID
SELECT T1.StuID, count(*) FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID GROUP BY T1.StuID
SELECT T1.Fname, T1.Sex FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID GROUP BY T2.StuID HAVING count(*) > 1
SELECT T1.Fname, T1.Sex FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID GROUP BY T2.StuID HAVING count(*) > 1
SELECT T1.LName FROM Student AS T1 WHERE T1.Age = 3
SELECT T1.LName FROM Student AS T1 WHERE T1.Age = 3
SELECT avg(T1.Age) FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T2.StuID FROM Has_Pet AS T2)
SELECT avg(T1.Age) FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T2.StuID FROM Has_Pet AS T2)
SELECT count(*) FROM continents AS T1
SELECT count(*) FROM continents AS T1
SELECT T1.CountryName, T2.Continent, count(*) FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContId GROUP BY T1.CountryId
SELECT T2.Continent, T1.Continent, count(*) FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContId GROUP BY T1.CountryId
SELECT count(*) FROM countries AS T1
SELECT count(*) FROM countries AS T1
SELECT T1.Maker, T1.FullName, count(*) FROM car_makers AS T1 GROUP BY T1.Maker
SELECT T1.FullName, T1.FullName, count(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T2.Maker = T1.Id GROUP BY T1.Id
SELECT T2.Model FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId ORDER BY T1.Horsepower LIMIT 1
SELECT T2.Model FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId ORDER BY T1.Horsepower LIMIT 1
SELECT T2.Model FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId WHERE T1.Weight < (SELECT avg(T3.Weight) FROM cars_data AS T3)
SELECT T2.Model FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId WHERE T1.Weight < (SELECT avg(T3.Weight) FROM cars_data AS T3)
SELECT T3.Maker FROM model_list AS T1 JOIN cars_data AS T2 JOIN car_makers AS T3 ON T1.Maker = T3.Id WHERE T2.Year = 1970
SELECT DISTINCT T1.Maker FROM car_makers AS T1 JOIN model_list AS T2 ON T2.Maker = T1.Id WHERE T1.Maker = 1970
SELECT T1.Make, T1.Model FROM car_names AS T1 JOIN cars_data AS T2 ON T2.Id = T1.MakeId ORDER BY T2.Year LIMIT 1
SELECT T1.Maker, T2.Year FROM car_makers AS T1 JOIN cars_data AS T2 WHERE T2.Year < 'value' ORDER BY T2.Year LIMIT 1
SELECT DISTINCT T1.Model FROM car_names AS T1 JOIN cars_data AS T2 ON T2.Id = T1.MakeId WHERE T2.Year > 1980
SELECT DISTINCT T2.Model FROM countries AS T1 JOIN model_list AS T2 WHERE T1.Continent > 1980
SELECT T3.Continent, count(*) FROM car_makers AS T1 JOIN countries AS T2 JOIN continents AS T3 ON T1.Country = T2.CountryId AND T2.Continent = T3.ContId GROUP BY T1.Maker
SELECT T1.Maker, count(*) FROM car_makers AS T1 GROUP BY T1.Maker
SELECT T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T2.Country ORDER BY count(*) DESC LIMIT 1
SELECT T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T2.Country ORDER BY count(*) DESC LIMIT 1
SELECT T2.Maker, count(*) FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id GROUP BY T2.Maker
SELECT T3.Model, count(*), T2.FullName FROM model_list AS T1 JOIN car_makers AS T2 JOIN car_names AS T3 ON T1.Maker = T2.Id AND T3.Model = T1.Model GROUP BY T1.ModelId
SELECT T2.Accelerate FROM car_names AS T1 JOIN cars_data AS T2 ON T2.Id = T1.MakeId WHERE T1.Make = 'value'
SELECT max(T2.Accelerate) FROM car_names AS T1 JOIN cars_data AS T2 ON T2.Id = T1.MakeId WHERE T1.Make = 'value'
SELECT count(*) FROM car_makers AS T1 WHERE T1.Maker = 'value'
SELECT count(*) FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T2.CountryName = 'France'
SELECT count(*) FROM countries AS T1 WHERE T1.CountryName = 'value'
SELECT count(*) FROM model_list AS T1 WHERE T1.Model = 'United States'
SELECT avg(T1.Cylinders), T1.MPG FROM cars_data AS T1 WHERE T1.MPG = 4 GROUP BY T1.MPG HAVING count(*) = 'value'
SELECT avg(T1.Cylinders) FROM cars_data AS T1 JOIN countries AS T2 WHERE T2.CountryName = 4
SELECT min(T1.Weight) FROM cars_data AS T1 WHERE T1.Cylinders = 8
SELECT min(T1.Weight) FROM cars_data AS T1 WHERE T1.Cylinders = 8
SELECT T1.Maker, T1.Model FROM model_list AS T1
SELECT T1.Maker, T1.Model FROM model_list AS T1
SELECT DISTINCT T2.CountryName, T2.CountryId FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId
SELECT T1.CountryName, T1.CountryId FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId
SELECT count(*) FROM cars_data AS T1 WHERE T1.Horsepower > 150
SELECT count(*) FROM cars_data AS T1 WHERE T1.Horsepower > 150
SELECT avg(T1.Weight), T1.Year FROM cars_data AS T1 GROUP BY T1.Year
SELECT avg(T1.Weight), T1.Year FROM cars_data AS T1 GROUP BY T1.Year
SELECT T1.CountryName FROM countries AS T1 GROUP BY T1.CountryName HAVING count(*) >= 3
SELECT T1.CountryName FROM countries AS T1 GROUP BY T1.CountryName HAVING count(*) >= 3
SELECT max(T1.Horsepower), max(T1.Cylinders) FROM cars_data AS T1
SELECT max(T1.Horsepower) FROM cars_data AS T1 UNION SELECT T2.Horsepower FROM cars_data AS T2
SELECT T1.Model FROM model_list AS T1 JOIN car_names AS T2 JOIN cars_data AS T3 ON T2.Model = T1.Model AND T3.Id = T2.MakeId GROUP BY T2.Model ORDER BY sum(T3.Weight) DESC LIMIT 1
SELECT T2.Model FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId ORDER BY T1.MPG DESC LIMIT 1
SELECT avg(T1.Horsepower) FROM cars_data AS T1 WHERE T1.Year < 1980
SELECT avg(T1.Horsepower) FROM cars_data AS T1 WHERE T1.Year < 1980
SELECT avg(T1.Edispl) FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId WHERE T2.Model = 'value'
SELECT avg(T1.Edispl) FROM cars_data AS T1
SELECT max(T1.Accelerate), max(T1.Cylinders) FROM cars_data AS T1 GROUP BY T1.Cylinders
SELECT max(T1.Accelerate), T1.Cylinders FROM cars_data AS T1 GROUP BY T1.Cylinders
SELECT T1.Model FROM car_names AS T1 GROUP BY T1.Model ORDER BY count(*) DESC LIMIT 1
SELECT T2.Model FROM model_list AS T1 JOIN car_names AS T2 ON T2.Model = T1.Model GROUP BY T1.Model ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders > 4
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders > 4
SELECT count(*) FROM cars_data AS T1 WHERE T1.Year = 1980
SELECT count(*) FROM cars_data AS T1 WHERE T1.Year = 1980
SELECT count(*) FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id WHERE T2.FullName = 'American Motor Company'
SELECT count(*) FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id WHERE T2.Maker = 'American Motor Company'
SELECT T2.Maker, T2.FullName FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id GROUP BY T1.ModelId HAVING count(*) > 3
SELECT T2.Maker, T1.ModelId FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id GROUP BY T1.Maker HAVING count(*) > 3
SELECT DISTINCT T3.Model FROM model_list AS T1 JOIN car_makers AS T2 JOIN car_names AS T3 ON T1.Maker = T2.Id AND T3.Model = T1.Model WHERE T2.FullName = 'General Motors' OR T2.FullName > 3500
SELECT DISTINCT T1.Model FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id WHERE T2.Maker = 'General Motors' OR T1.Maker > 3500
SELECT T1.Year FROM cars_data AS T1 WHERE T1.Weight > 3000 EXCEPT SELECT T2.Year FROM cars_data AS T2 WHERE T2.Weight > 4000
SELECT DISTINCT T1.Year FROM cars_data AS T1 WHERE T1.Weight < 4000 INTERSECT SELECT DISTINCT T2.Year FROM cars_data AS T2 WHERE T2.Weight > 3000
SELECT T1.Horsepower FROM cars_data AS T1 ORDER BY T1.Accelerate DESC LIMIT 1
SELECT T1.Horsepower FROM cars_data AS T1 ORDER BY T1.Accelerate DESC LIMIT 1
SELECT T1.Cylinders FROM cars_data AS T1 GROUP BY T1.Cylinders ORDER BY count(*) LIMIT 1
SELECT count(*) FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId WHERE T2.Model = 'value' GROUP BY T1.Cylinders ORDER BY count(*) LIMIT 1
SELECT count(*) FROM cars_data AS T1 WHERE T1.Accelerate > (SELECT max(T2.Accelerate) FROM cars_data AS T2)
SELECT count(*) FROM cars_data AS T1 WHERE T1.Accelerate > (SELECT max(T2.Accelerate) FROM cars_data AS T2)
SELECT count(*) FROM (SELECT T1.Maker FROM car_makers AS T1 GROUP BY T1.Maker HAVING count(*) > 2)
SELECT count(*) FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId WHERE T2.Maker > 2
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders > 6
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders > 6
SELECT T1.Cylinders FROM cars_data AS T1 WHERE T1.Horsepower = 4 ORDER BY T1.Horsepower DESC LIMIT 1
SELECT T1.Cylinders FROM cars_data AS T1 WHERE T1.Horsepower = 4 ORDER BY T1.Horsepower DESC LIMIT 1
SELECT T1.Cylinders FROM cars_data AS T1 WHERE T1.Horsepower > (SELECT min(T2.Horsepower) FROM cars_data AS T2 JOIN car_names AS T3 ON T2.Id = T3.MakeId WHERE T3.Make = 3)
SELECT T1.Make FROM car_names AS T1 JOIN cars_data AS T2 ON T2.Id = T1.MakeId WHERE T2.Horsepower != (SELECT min(T3.Horsepower) FROM cars_data AS T3)
SELECT max(T1.Cylinders) FROM cars_data AS T1 WHERE T1.Year = 8 OR T1.Year < 1980
SELECT max(T1.MPG) FROM cars_data AS T1 WHERE T1.Cylinders = 8 OR T1.Cylinders < 1980
SELECT T2.Model FROM model_list AS T1 JOIN car_names AS T2 JOIN countries AS T3 ON T2.Model = T1.Model WHERE T3.CountryName != 'Ford Motor Company'
SELECT DISTINCT T2.Model FROM model_list AS T1 JOIN car_names AS T2 JOIN countries AS T3 ON T2.Model = T1.Model WHERE T3.CountryName != 'Ford Motor Company'
SELECT T1.CountryName FROM countries AS T1 WHERE T1.CountryId NOT IN (SELECT T2.Country FROM car_makers AS T2)
SELECT T1.CountryName FROM countries AS T1 WHERE T1.CountryId NOT IN (SELECT T2.Country FROM car_makers AS T2)
SELECT T1.Maker FROM car_makers AS T1 GROUP BY T1.Maker HAVING count(*) >= 2
SELECT T2.Maker, T1.Maker FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id GROUP BY T2.Maker HAVING count(*) >= 2
SELECT T2.CountryId, T2.CountryName FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T1.Maker > 3 OR T1.Maker > 'value'
SELECT T2.CountryId, T2.CountryName FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId WHERE T1.Maker > 3 UNION SELECT T4.CountryId, T4.CountryName FROM car_makers AS T3 JOIN countries AS T4 ON T3.Country = T4.CountryId WHERE T3.Maker > 'value'
SELECT T1.Country FROM airlines AS T1 WHERE T1.Airline = 'JetBlue Airways'
SELECT T1.Country FROM airports AS T1 WHERE T1.Country = 'Jetblue Airways'
SELECT T1.Abbreviation FROM airlines AS T1 WHERE T1.Airline = 'JetBlue Airways'
SELECT T1.Abbreviation FROM airlines AS T1 JOIN airports AS T2 WHERE T2.AirportName = 'Jetblue Airways'
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
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportCode = 'AKO'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.City = 'Aberdeen'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.CountryAbbrev = 'Aberdeen'
SELECT count(*) FROM flights AS T1 WHERE T1.FlightNo = 'value'
SELECT count(*) FROM flights AS T1 WHERE T1.FlightNo = 'value'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T1.DestAirport = 'ATO'
SELECT count(*) FROM flights AS T1 WHERE T1.FlightNo = 'value'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.City = 'City Aberdeen'
SELECT count(*) FROM flights AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T1.DestAirport = T3.AirportCode WHERE T3.AirportName = 'Aberdeen'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.City = 'Aberdeen'
SELECT count(*) FROM flights AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T1.DestAirport = T3.AirportCode WHERE T3.AirportName = 'Aberdeen'
SELECT count(*) FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode WHERE T1.City = 'Aberdeen' AND T1.City = 'Ashley'
SELECT count(*) FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode WHERE T1.AirportName = 'Aberdeen'
SELECT count(*) FROM flights AS T1 JOIN flights AS T2 JOIN airlines AS T3 WHERE T3.Airline = 'JetBlue Airways'
SELECT count(*) FROM flights AS T1 WHERE T1.FlightNo = 'value'
SELECT count(*) FROM airlines AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T2.DestAirport = T3.AirportCode WHERE T3.AirportName = 'United Airlines'
SELECT count(*) FROM airlines AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T2.DestAirport = T3.AirportCode WHERE T3.AirportName = 'United Airlines'
SELECT count(*) FROM flights AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T1.DestAirport = T3.AirportCode WHERE T3.AirportName = 'United Airlines'
SELECT count(*) FROM flights AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T1.DestAirport = T3.AirportCode WHERE T3.AirportName = 'United Airlines'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 JOIN flights AS T3 ON T1.DestAirport = T2.AirportCode AND T3.DestAirport = T2.AirportCode WHERE T2.City = 'Aberdeen'
SELECT count(*) FROM airlines AS T1 JOIN airports AS T2 JOIN flights AS T3 ON T3.DestAirport = T2.AirportCode WHERE T1.Airline = 'United Airlines'
SELECT T1.City FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.City FROM airports AS T1 GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT T2.City FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode GROUP BY T2.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.City FROM airports AS T1 GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT T2.AirportCode FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode GROUP BY T2.AirportCode ORDER BY count(*) DESC LIMIT 1
SELECT T1.AirportName FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode GROUP BY T1.AirportCode ORDER BY count(*) DESC LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode GROUP BY T1.AirportCode ORDER BY count(*) LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode ORDER BY T2.FlightNo LIMIT 1
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 GROUP BY T1.Airline ORDER BY count(*) DESC LIMIT 1
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 GROUP BY T1.Airline ORDER BY count(*) DESC LIMIT 1
SELECT T1.Abbreviation, T1.Country FROM airlines AS T1 JOIN flights AS T2 GROUP BY T1.Abbreviation ORDER BY count(*) LIMIT 1
SELECT T3.Abbreviation, T1.Country FROM airports AS T1 JOIN flights AS T2 JOIN airlines AS T3 ON T2.DestAirport = T1.AirportCode GROUP BY T1.Country ORDER BY count(*) LIMIT 1
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 JOIN flights AS T3 JOIN airports AS T4 ON T2.DestAirport = T4.AirportCode WHERE T4.AirportName = 'AHD'
SELECT DISTINCT T1.Airline FROM airlines AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T2.DestAirport = T3.AirportCode WHERE T2.SourceAirport = 'AHD'
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T2.DestAirport = T3.AirportCode WHERE T3.AirportName = 'AHD'
SELECT DISTINCT T1.Airline FROM airlines AS T1 JOIN flights AS T2 JOIN flights AS T3 WHERE T2.DestAirport = 'AHD'
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 JOIN flights AS T3 JOIN airports AS T4 ON T2.DestAirport = T4.AirportCode WHERE T4.AirportName = 'APG' INTERSECT SELECT T5.Airline FROM airlines AS T5 JOIN flights AS T6 JOIN flights AS T7 JOIN airports AS T8 ON T6.DestAirport = T8.AirportCode WHERE T8.AirportName = 'CVO'
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T2.DestAirport = T3.AirportCode WHERE T3.AirportName = 'APG' INTERSECT SELECT T4.Airline FROM airlines AS T4 JOIN flights AS T5 JOIN airports AS T6 ON T5.DestAirport = T6.AirportCode WHERE T6.AirportName = 'CVO'
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T2.DestAirport = T3.AirportCode WHERE T3.AirportName != 'CVO'
SELECT T1.Airline FROM airlines AS T1 WHERE T1.uid NOT IN (SELECT T3.Airline FROM airports AS T2 JOIN airlines AS T3 WHERE T2.AirportName = 'CVO')
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 GROUP BY T1.uid HAVING count(*) >= 10
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 GROUP BY T1.uid HAVING count(*) >= 10
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 JOIN flights AS T3 WHERE T2.FlightNo < 200
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 JOIN flights AS T3 WHERE T2.FlightNo < 200
SELECT T2.FlightNo FROM airlines AS T1 JOIN flights AS T2 JOIN flights AS T3 WHERE T1.Airline = 'United Airlines'
SELECT T1.FlightNo FROM flights AS T1 JOIN flights AS T2 JOIN airlines AS T3 WHERE T3.Airline = 'United Airlines'
SELECT T2.FlightNo FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode WHERE T1.AirportName = 'APG'
SELECT T1.FlightNo FROM flights AS T1 WHERE T1.FlightNo = 'value'
SELECT T2.FlightNo FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode WHERE T1.AirportName = 'APG'
SELECT T1.FlightNo FROM flights AS T1 WHERE T1.SourceAirport = 'APG'
SELECT T1.FlightNo FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.City = 'Aberdeen '
SELECT T1.FlightNo FROM flights AS T1 WHERE T1.SourceAirport = 'Aberdeen'
SELECT T1.FlightNo FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.City = 'Aberdeen'
SELECT T1.FlightNo FROM flights AS T1 WHERE T1.FlightNo = 'value'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.City = 'Aberdeen' OR T2.City = 'Abilene'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = 'Aberdeen' OR T2.AirportName = 'Abilene'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportCode NOT IN (SELECT T2.DestAirport FROM flights AS T2)
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportCode NOT IN (SELECT T2.DestAirport FROM flights AS T2)
SELECT count(*) FROM employee AS T1
SELECT count(*) FROM employee AS T1
SELECT T1.Name FROM employee AS T1 ORDER BY T1.Age
SELECT T1.Name FROM employee AS T1 ORDER BY T1.Age
SELECT T1.City, count(*) FROM employee AS T1 GROUP BY T1.City
SELECT count(*), T1.City FROM employee AS T1 GROUP BY T1.City
SELECT T1.City FROM employee AS T1 WHERE T1.Age > 1 GROUP BY T1.City HAVING count(*) > 30
SELECT T1.City FROM employee AS T1 WHERE T1.Age > 1 GROUP BY T1.City HAVING count(*) > 30
SELECT count(*), T1.Location FROM shop AS T1 GROUP BY T1.Location
SELECT T1.Location, count(*) FROM shop AS T1 GROUP BY T1.Location
SELECT T1.Manager_name, T1.District FROM shop AS T1 GROUP BY T1.District ORDER BY count(*) DESC LIMIT 1
SELECT T1.Manager_name, T1.District FROM shop AS T1 GROUP BY T1.District ORDER BY count(*) DESC LIMIT 1
SELECT min(T1.Number_products), max(T1.Number_products) FROM shop AS T1
SELECT min(T1.Number_products), max(T1.Number_products) FROM shop AS T1
SELECT T1.Name, T1.Location, T1.District FROM shop AS T1 GROUP BY T1.District ORDER BY count(*) DESC
SELECT T1.Name, T1.Location, T1.Location FROM shop AS T1 ORDER BY T1.District DESC
SELECT T1.Name FROM shop AS T1 WHERE T1.Number_products > (SELECT avg(T2.Number_products) FROM shop AS T2)
SELECT T1.Name FROM shop AS T1 WHERE T1.Number_products > (SELECT avg(T2.Number_products) FROM shop AS T2)
SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T2.Employee_ID = T1.Employee_ID GROUP BY T2.Employee_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T2.Employee_ID = T1.Employee_ID GROUP BY T2.Employee_ID ORDER BY count(*) DESC LIMIT 1
SELECT T2.Name FROM evaluation AS T1 JOIN employee AS T2 ON T1.Employee_ID = T2.Employee_ID ORDER BY T1.Bonus DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T2.Employee_ID = T1.Employee_ID ORDER BY T2.Bonus DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 WHERE T1.Employee_ID NOT IN (SELECT T2.Employee_ID FROM evaluation AS T2)
SELECT T1.Name FROM employee AS T1 WHERE T1.Employee_ID NOT IN (SELECT T2.Employee_ID FROM evaluation AS T2)
SELECT T2.Name FROM hiring AS T1 JOIN shop AS T2 ON T1.Shop_ID = T2.Shop_ID GROUP BY T1.Shop_ID ORDER BY count(*) DESC LIMIT 1
SELECT T2.Name FROM hiring AS T1 JOIN shop AS T2 ON T1.Shop_ID = T2.Shop_ID GROUP BY T1.Shop_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM shop AS T1 WHERE T1.Shop_ID NOT IN (SELECT T2.Shop_ID FROM hiring AS T2)
SELECT T1.Name FROM shop AS T1 WHERE T1.Shop_ID NOT IN (SELECT T2.Shop_ID FROM hiring AS T2)
SELECT count(*), T3.Name FROM employee AS T1 JOIN hiring AS T2 JOIN shop AS T3 ON T2.Employee_ID = T1.Employee_ID AND T2.Shop_ID = T3.Shop_ID GROUP BY T3.Name
SELECT count(*), T2.Shop_ID FROM employee AS T1 JOIN hiring AS T2 ON T2.Employee_ID = T1.Employee_ID GROUP BY T2.Shop_ID
SELECT sum(T1.Bonus) FROM evaluation AS T1
SELECT sum(T1.Bonus) FROM evaluation AS T1
SELECT * FROM hiring AS T1
SELECT * FROM hiring AS T1
SELECT T1.District FROM shop AS T1 WHERE T1.Number_products > 3000 INTERSECT SELECT T2.District FROM shop AS T2 WHERE T2.Number_products > 10000
SELECT T1.District FROM shop AS T1 WHERE T1.Number_products < 3000 INTERSECT SELECT T2.District FROM shop AS T2 WHERE T2.Number_products > 10000
SELECT count(DISTINCT T1.Location) FROM shop AS T1
SELECT count(DISTINCT T1.Location) FROM shop AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT T1.Document_ID, T1.Document_Name, T1.Document_Description FROM Documents AS T1
SELECT T1.Document_ID, T1.Document_Name, T1.Document_Description FROM Documents AS T1
SELECT T1.Document_Name, T1.Template_ID FROM Documents AS T1 WHERE T1.Document_Description LIKE '%w%'
SELECT T1.Document_Name, T1.Template_ID FROM Documents AS T1 WHERE T1.Document_Description LIKE 'value'
SELECT T1.Document_ID, T1.Template_ID, T1.Document_Description FROM Documents AS T1 WHERE T1.Document_Name = 'Robbin CV'
SELECT T1.Document_ID, T1.Template_ID, T1.Document_Description FROM Documents AS T1 WHERE T1.Document_Name = 'Robbin CV'
SELECT count(DISTINCT T1.Template_ID) FROM Documents AS T1
SELECT count(DISTINCT T1.Template_ID) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Template_Type_Code = 'PPT'
SELECT count(*) FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Template_Type_Code = 'PPT'
SELECT T1.Template_ID, count(*) FROM Documents AS T1 GROUP BY T1.Template_ID
SELECT T1.Template_ID, count(*) FROM Documents AS T1 GROUP BY T1.Template_ID
SELECT T1.Template_ID, T1.Template_Type_Code FROM Templates AS T1 JOIN Documents AS T2 ON T2.Template_ID = T1.Template_ID GROUP BY T2.Template_ID ORDER BY count(*) DESC LIMIT 1
SELECT T2.Template_ID, T1.Template_Type_Code FROM Templates AS T1 JOIN Documents AS T2 ON T2.Template_ID = T1.Template_ID GROUP BY T2.Template_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_ID FROM Documents AS T1 GROUP BY T1.Template_ID HAVING count(*) > 1
SELECT T1.Template_ID FROM Documents AS T1 GROUP BY T1.Template_ID HAVING count(*) > 'value'
SELECT T1.Template_ID FROM Templates AS T1 WHERE T1.Template_ID NOT IN (SELECT T2.Template_ID FROM Documents AS T2)
SELECT T1.Template_ID FROM Templates AS T1 WHERE T1.Template_ID NOT IN (SELECT T2.Template_ID FROM Documents AS T2)
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT T1.Template_ID, T1.Version_Number, T1.Template_Type_Code FROM Templates AS T1
SELECT T1.Template_ID, T1.Version_Number, T1.Template_Type_Code FROM Templates AS T1
SELECT DISTINCT T1.Template_Type_Code FROM Templates AS T1
SELECT DISTINCT T1.Template_Type_Code FROM Templates AS T1
SELECT T1.Template_ID FROM Templates AS T1 WHERE T1.Template_Type_Code = 'PP' OR T1.Template_Type_Code = 'PPT'
SELECT T1.Template_ID FROM Templates AS T1 WHERE T1.Template_Type_Code = 'PP' OR T1.Template_Type_Code = 'PPT'
SELECT count(*) FROM Templates AS T1 WHERE T1.Template_Type_Code = 'CV'
SELECT count(*) FROM Templates AS T1 WHERE T1.Template_Type_Code = 'CV'
SELECT T1.Version_Number, T1.Template_Type_Code FROM Templates AS T1
SELECT T1.Version_Number, T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Version_Number > 5
SELECT T1.Template_Type_Code, count(*) FROM Templates AS T1 GROUP BY T1.Template_Type_Code
SELECT T1.Template_Type_Code, count(*) FROM Templates AS T1 GROUP BY T1.Template_Type_Code
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code HAVING count(*) < 3
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code HAVING count(*) < 3
SELECT min(T1.Version_Number), T1.Template_Type_Code FROM Templates AS T1
SELECT max(T1.Version_Number), T1.Template_Type_Code FROM Templates AS T1
SELECT T1.Template_Type_Code FROM Templates AS T1 JOIN Documents AS T2 ON T2.Template_ID = T1.Template_ID WHERE T2.Document_Name = 'Data base'
SELECT T1.Template_Type_Code FROM Templates AS T1 JOIN Documents AS T2 ON T2.Template_ID = T1.Template_ID WHERE T2.Document_Name = 'Data'
SELECT T1.Document_Name FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Template_Type_Code = 'BK'
SELECT T1.Document_Name FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Template_Type_Code = 'BK'
SELECT T1.Template_Type_Code, count(*) FROM Templates AS T1 GROUP BY T1.Template_Type_Code
SELECT T1.Template_Type_Code, count(*) FROM Templates AS T1 GROUP BY T1.Template_Type_Code
SELECT T1.Template_Type_Code FROM Templates AS T1 JOIN Documents AS T2 ON T2.Template_ID = T1.Template_ID GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 JOIN Documents AS T2 ON T2.Template_ID = T1.Template_ID GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Template_ID NOT IN (SELECT T2.Template_ID FROM Documents AS T2)
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Template_ID NOT IN (SELECT T2.Template_ID FROM Documents AS T2)
SELECT T1.Template_Type_Code, T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT T1.Template_Type_Code, T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Code = 'AD'
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Code = 'AD'
SELECT T1.Template_Type_Code FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'Book'
SELECT T1.Template_Type_Code FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'Book'
SELECT DISTINCT T1.Template_Type_Description FROM Ref_Template_Types AS T1 JOIN Documents AS T2
SELECT DISTINCT T1.Template_Type_Description FROM Ref_Template_Types AS T1 JOIN Documents AS T2
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'Presentation'
SELECT T2.Template_ID FROM Ref_Template_Types AS T1 JOIN Documents AS T2 WHERE T1.Template_Type_Description = 'Presentation'
SELECT count(*) FROM Paragraphs AS T1
SELECT count(*) FROM Paragraphs AS T1
SELECT count(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID WHERE T1.Document_Name = 'Summer Show'
SELECT count(*) FROM Documents AS T1 WHERE T1.Document_Name = 'Summer Show'
SELECT T1.Paragraph_ID FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Korea '
SELECT T1.Other_Details FROM Paragraphs AS T1 WHERE T1.Paragraph_Text LIKE '%Korea %'
SELECT T1.Paragraph_ID, T1.Paragraph_Text FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Document_Name = 'Welcome to NY'
SELECT T1.Paragraph_ID, T1.Paragraph_Text FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Document_Name = 'Welcome to NY'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Document_Name = 'Customer reviews'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Document_Name = 'Customer reviews'
SELECT T1.Document_ID, count(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T2.Document_ID ORDER BY count(*)
SELECT T1.Document_ID, count(*) FROM Paragraphs AS T1 GROUP BY T1.Document_ID ORDER BY count(*)
SELECT T1.Document_ID, T1.Document_Name, count(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T2.Document_ID
SELECT T1.Document_ID, count(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T1.Document_ID
SELECT T1.Document_ID FROM Paragraphs AS T1 GROUP BY T1.Document_ID HAVING count(*) >= 2
SELECT T1.Document_ID FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T2.Document_ID HAVING count(*) >= 2
SELECT T2.Document_ID, T1.Document_Name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T2.Document_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Document_ID, T1.Document_Name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T2.Document_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Document_ID FROM Paragraphs AS T1 GROUP BY T1.Document_ID ORDER BY count(*) LIMIT 1
SELECT T1.Document_ID FROM Paragraphs AS T1 GROUP BY T1.Document_ID ORDER BY count(*) LIMIT 1
SELECT T1.Document_ID FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 1 GROUP BY T1.Document_ID HAVING count(*) = 2
SELECT T1.Document_ID FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T2.Document_ID HAVING count(*) BETWEEN 1 AND 2
SELECT T1.Document_ID FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Brazil' INTERSECT SELECT T2.Document_ID FROM Paragraphs AS T2 WHERE T2.Paragraph_Text = 'Ireland'
SELECT T1.Document_ID FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID WHERE T2.Paragraph_Text = 'Brazil' INTERSECT SELECT T3.Document_ID FROM Documents AS T3 JOIN Paragraphs AS T4 ON T4.Document_ID = T3.Document_ID WHERE T4.Paragraph_Text = 'Ireland'
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
SELECT T1.Age FROM teacher AS T1 ORDER BY T1.Age LIMIT 1
SELECT T1.Hometown, count(*) FROM teacher AS T1 GROUP BY T1.Hometown
SELECT T1.Hometown, count(*) FROM teacher AS T1 GROUP BY T1.Hometown
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown HAVING count(*) >= 2
SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Teacher_ID HAVING count(*) >= 2
SELECT T2.Name, * FROM course_arrange AS T1 JOIN teacher AS T2 JOIN teacher AS T3 ON T1.Teacher_ID = T2.Teacher_ID AND T1.Teacher_ID = T3.Teacher_ID
SELECT T2.Name, T3.Course FROM course_arrange AS T1 JOIN teacher AS T2 JOIN course AS T3 ON T1.Teacher_ID = T2.Teacher_ID AND T1.Course_ID = T3.Course_ID
SELECT T2.Name, T1.Teacher_ID FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID ORDER BY T2.Name
SELECT T2.Name, T3.Course FROM course_arrange AS T1 JOIN teacher AS T2 JOIN course AS T3 ON T1.Teacher_ID = T2.Teacher_ID AND T1.Course_ID = T3.Course_ID ORDER BY T2.Name
SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 JOIN teacher AS T3 JOIN course AS T4 ON T1.Teacher_ID = T2.Teacher_ID AND T1.Teacher_ID = T3.Teacher_ID AND T1.Course_ID = T4.Course_ID WHERE T4.Course = 'value'
SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 JOIN course AS T3 ON T1.Teacher_ID = T2.Teacher_ID AND T1.Course_ID = T3.Course_ID WHERE T3.Course = 'value'
SELECT T2.Name, count(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Name
SELECT T2.Name, count(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Name
SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID HAVING count(*) >= 2
SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID HAVING count(*) >= 2
SELECT T1.Name FROM teacher AS T1 WHERE T1.Teacher_ID NOT IN (SELECT T2.Teacher_ID FROM course_arrange AS T2)
SELECT T1.Name FROM teacher AS T1 WHERE T1.Teacher_ID NOT IN (SELECT T2.Teacher_ID FROM course_arrange AS T2)
SELECT count(*) FROM visitor AS T1 WHERE T1.Age < 30
SELECT T1.Name FROM visitor AS T1 WHERE T1.Level_of_membership > 4 ORDER BY T1.Level_of_membership
SELECT avg(T1.Age) FROM visitor AS T1 WHERE T1.Level_of_membership != 4
SELECT T1.Name, T1.Level_of_membership FROM visitor AS T1 WHERE T1.Age > 4 ORDER BY T1.Age
SELECT T1.Museum_ID, T1.Name FROM museum AS T1 JOIN visit AS T2 ON T2.Museum_ID = T1.Museum_ID GROUP BY T1.Museum_ID ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.Num_of_Staff) FROM museum AS T1 WHERE T1.Open_Year < 2009
SELECT T1.Open_Year, T1.Num_of_Staff FROM museum AS T1 WHERE T1.Name = 'Plaza Museum'
SELECT T1.Name FROM museum AS T1 WHERE T1.Num_of_Staff > (SELECT min(T2.Num_of_Staff) FROM museum AS T2 WHERE T2.Open_Year = 2010)
SELECT T3.ID, T2.Name, T3.Age FROM visit AS T1 JOIN museum AS T2 JOIN visitor AS T3 ON T1.Museum_ID = T2.Museum_ID AND T1.visitor_ID = T3.ID GROUP BY T3.ID HAVING count(*) > 'value'
SELECT T1.ID, T1.Name, T1.Level_of_membership FROM visitor AS T1 JOIN visit AS T2 ON T2.visitor_ID = T1.ID GROUP BY T1.ID ORDER BY sum(T2.Total_spent) DESC LIMIT 1
SELECT T1.Museum_ID, T1.Name FROM museum AS T1 JOIN visit AS T2 JOIN visitor AS T3 ON T2.Museum_ID = T1.Museum_ID AND T2.visitor_ID = T3.ID GROUP BY T1.Museum_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM museum AS T1 WHERE T1.Museum_ID NOT IN (SELECT T2.Museum_ID FROM visit AS T2)
SELECT T1.Name, T1.Age FROM visitor AS T1 JOIN visit AS T2 ON T2.visitor_ID = T1.ID GROUP BY T1.ID ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.Num_of_Ticket), max(T1.Num_of_Ticket) FROM visit AS T1
SELECT sum(T2.Total_spent) FROM visitor AS T1 JOIN visit AS T2 ON T2.visitor_ID = T1.ID WHERE T1.Level_of_membership = 1
SELECT T1.Name FROM museum AS T1 WHERE T1.Open_Year < 2009 INTERSECT SELECT T2.Name FROM museum AS T2 WHERE T2.Open_Year > 2011
SELECT count(*) FROM museum AS T1 WHERE T1.Museum_ID NOT IN (SELECT T3.Museum_ID FROM visit AS T2 JOIN museum AS T3 ON T2.Museum_ID = T3.Museum_ID WHERE T3.Open_Year > 2010)
SELECT count(*) FROM museum AS T1 WHERE T1.Open_Year > 2013 OR T1.Open_Year < 2008
SELECT count(*) FROM players AS T1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT T1.first_name, T1.birth_date FROM players AS T1 WHERE T1.country_code = 'USA'
SELECT T1.first_name, T1.birth_date FROM players AS T1 WHERE T1.country_code = 'USA'
SELECT avg(T1.loser_age), avg(T1.winner_age) FROM matches AS T1
SELECT avg(T1.loser_age), avg(T1.winner_age) FROM matches AS T1
SELECT avg(T1.winner_rank_points) FROM matches AS T1
SELECT avg(T1.winner_rank_points) FROM matches AS T1
SELECT max(T1.loser_rank) FROM matches AS T1
SELECT min(T1.loser_rank_points) FROM matches AS T1
SELECT count(DISTINCT T1.country_code) FROM players AS T1
SELECT count(DISTINCT T1.country_code) FROM players AS T1
SELECT count(DISTINCT T1.loser_name) FROM matches AS T1
SELECT count(DISTINCT T1.loser_name) FROM matches AS T1
SELECT T1.tourney_name FROM matches AS T1 WHERE T1.tourney_level > 10
SELECT T1.winner_name FROM matches AS T1 WHERE T1.draw_size > 10
SELECT T1.winner_name FROM matches AS T1 WHERE T1.loser_name = 2013 INTERSECT SELECT T2.winner_name FROM matches AS T2 WHERE T2.loser_name = 2016
SELECT T1.first_name FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id WHERE T1.last_name = 2013 INTERSECT SELECT T3.first_name FROM players AS T3 JOIN matches AS T4 ON T4.winner_id = T3.player_id WHERE T4.winner_name = 2016
SELECT count(*) FROM matches AS T1 WHERE T1.year = 2013 OR T1.year = 2016
SELECT count(*) FROM matches AS T1 JOIN players AS T2 ON T1.winner_id = T2.player_id WHERE T2.country_code = 2013 OR T2.country_code = 2016
SELECT T1.country_code, T1.first_name FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id WHERE T2.tourney_level = 'WTA Championships' INTERSECT SELECT T3.country_code, T3.first_name FROM players AS T3 JOIN matches AS T4 ON T4.winner_id = T3.player_id WHERE T4.tourney_level = 'Australian Open'
SELECT T1.first_name, T1.country_code FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id WHERE T1.country_code = 'WTA Championships' INTERSECT SELECT T3.first_name, T3.country_code FROM players AS T3 JOIN matches AS T4 ON T4.winner_id = T3.player_id WHERE T3.country_code = 'Australian Open'
SELECT T1.first_name, T1.country_code FROM players AS T1 ORDER BY T1.birth_date DESC LIMIT 1
SELECT T1.first_name, T1.country_code FROM players AS T1 ORDER BY T1.birth_date DESC LIMIT 1
SELECT T1.first_name, T1.last_name FROM players AS T1 ORDER BY T1.birth_date
SELECT T1.first_name, T1.last_name FROM players AS T1 ORDER BY T1.birth_date
SELECT T1.first_name, T1.last_name FROM players AS T1 WHERE T1.hand = 'L' ORDER BY T1.birth_date
SELECT T1.first_name, T1.last_name FROM players AS T1 ORDER BY T1.birth_date
SELECT T1.first_name, T1.country_code FROM players AS T1 JOIN rankings AS T2 ON T2.player_id = T1.player_id GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name, T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.year FROM matches AS T1 GROUP BY T1.year ORDER BY count(*) DESC LIMIT 1
SELECT T1.year FROM matches AS T1 GROUP BY T1.year ORDER BY count(*) DESC LIMIT 1
SELECT T1.winner_name, T1.winner_rank_points FROM matches AS T1 GROUP BY T1.winner_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.winner_name, count(*) FROM matches AS T1 GROUP BY T1.winner_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.winner_name, T1.winner_rank_points FROM matches AS T1 ORDER BY T1.loser_rank_points DESC LIMIT 1
SELECT T1.winner_name FROM matches AS T1 WHERE T1.winner_rank_points = 'value' GROUP BY T1.winner_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.loser_name, T1.winner_name FROM matches AS T1 ORDER BY T1.minutes DESC LIMIT 1
SELECT T1.winner_name, T1.loser_name FROM matches AS T1 ORDER BY T1.match_num LIMIT 1
SELECT avg(T2.ranking), T1.first_name FROM players AS T1 JOIN rankings AS T2 ON T2.player_id = T1.player_id GROUP BY T1.first_name
SELECT T1.first_name, avg(T2.ranking) FROM players AS T1 JOIN rankings AS T2 ON T2.player_id = T1.player_id GROUP BY T2.player_id
SELECT sum(T2.ranking_points), T1.first_name FROM players AS T1 JOIN rankings AS T2 ON T2.player_id = T1.player_id GROUP BY T1.first_name
SELECT T1.first_name, T2.ranking_points, sum(T2.ranking_points) FROM players AS T1 JOIN rankings AS T2 ON T2.player_id = T1.player_id GROUP BY T2.player_id
SELECT T1.country_code, count(*) FROM players AS T1 GROUP BY T1.country_code
SELECT T1.country_code, count(*) FROM players AS T1 GROUP BY T1.country_code
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 WHERE T1.hand > 50
SELECT T1.country_code FROM players AS T1 WHERE T1.country_code > 50
SELECT T1.ranking_date, count(*) FROM rankings AS T1 GROUP BY T1.ranking_date
SELECT T1.ranking_date, count(*) FROM rankings AS T1 GROUP BY T1.ranking_date
SELECT count(*), T1.year FROM matches AS T1 GROUP BY T1.year
SELECT T1.year, count(*) FROM matches AS T1 GROUP BY T1.year
SELECT T1.winner_name, T1.winner_rank FROM matches AS T1 ORDER BY T1.winner_age LIMIT 1
SELECT T1.winner_name, T1.winner_rank FROM matches AS T1 ORDER BY T1.winner_age LIMIT 1
SELECT count(*) FROM matches AS T1 WHERE T1.winner_name = 'WTA Championships' INTERSECT SELECT T2.winner_name FROM matches AS T2 WHERE T2.winner_name = 'value'
SELECT count(*) FROM matches AS T1 WHERE T1.winner_name = 'WTA Championships'
SELECT T1.first_name, T1.country_code, T2.winner_rank_points FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id ORDER BY T2.winner_rank_points DESC LIMIT 1
SELECT T1.first_name, T1.country_code, T2.winner_rank_points FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id ORDER BY T2.winner_rank_points DESC LIMIT 1
SELECT T1.hand, count(*) FROM players AS T1 GROUP BY T1.hand
SELECT T1.hand, count(*) FROM players AS T1 GROUP BY T1.hand
SELECT count(*) FROM ship AS T1 WHERE T1.ship_type = 'Captured'
SELECT T1.name, T1.tonnage FROM ship AS T1 ORDER BY T1.name DESC
SELECT T1.name, T1.date, T1.result FROM battle AS T1
SELECT max(T1.killed), min(T1.caused_by_ship_id), T1.caused_by_ship_id FROM death AS T1 GROUP BY T1.caused_by_ship_id
SELECT count(*), T1.caused_by_ship_id FROM death AS T1 GROUP BY T1.caused_by_ship_id
SELECT T2.caused_by_ship_id, T2.caused_by_ship_id FROM ship AS T1 JOIN death AS T2 ON T2.caused_by_ship_id = T1.id WHERE T1.tonnage LIKE '%t%'
SELECT T1.name, T1.result FROM battle AS T1 WHERE T1.bulgarian_commander != 'Boril'
SELECT DISTINCT T1.lost_in_battle, T2.name FROM ship AS T1 JOIN battle AS T2 ON T1.lost_in_battle = T2.id WHERE T1.ship_type != 'Brig'
SELECT T2.id, T2.name FROM ship AS T1 JOIN battle AS T2 JOIN death AS T3 ON T1.lost_in_battle = T2.id AND T3.caused_by_ship_id = T1.id GROUP BY T3.id HAVING sum(T3.killed) > 10
SELECT T2.caused_by_ship_id, T1.name FROM ship AS T1 JOIN death AS T2 ON T2.caused_by_ship_id = T1.id GROUP BY T2.caused_by_ship_id ORDER BY count(*) DESC LIMIT 1
SELECT DISTINCT T1.name FROM battle AS T1 WHERE T1.bulgarian_commander = 'Kaloyan' INTERSECT SELECT DISTINCT T2.name FROM battle AS T2 WHERE T2.latin_commander = 'Baldwin I'
SELECT count(DISTINCT T1.result) FROM battle AS T1
SELECT count(*) FROM battle AS T1 WHERE T1.id NOT IN (SELECT T2.lost_in_battle FROM ship AS T2 WHERE T2.tonnage LIKE '%225%')
SELECT T2.name, T2.date FROM ship AS T1 JOIN battle AS T2 ON T1.lost_in_battle = T2.id WHERE T1.ship_type = 'Lettice'
SELECT T1.name, T1.result, T1.bulgarian_commander FROM battle AS T1 JOIN ship AS T2 ON T2.lost_in_battle = T1.id WHERE T2.name != 'English Channel'
SELECT T1.note FROM death AS T1 WHERE T1.note LIKE '%East%'
SELECT T1.line_1 FROM Addresses AS T1 WHERE T1.line_2 = 1
SELECT T1.line_1, T1.line_2 FROM Addresses AS T1
SELECT count(*) FROM Courses AS T1
SELECT count(*) FROM Courses AS T1
SELECT T1.course_name FROM Courses AS T1 WHERE T1.course_name = 'value'
SELECT T1.course_description FROM Courses AS T1 WHERE T1.course_name = 'value'
SELECT T1.zip_postcode FROM Addresses AS T1 WHERE T1.city = 'Port Chelsea'
SELECT T1.zip_postcode FROM Addresses AS T1 JOIN Departments AS T2 WHERE T2.department_name = 'Port Chelsea'
SELECT T2.department_name, T1.department_id FROM Degree_Programs AS T1 JOIN Departments AS T2 ON T1.department_id = T2.department_id GROUP BY T1.department_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.department_name, T1.department_id FROM Degree_Programs AS T1 JOIN Departments AS T2 ON T1.department_id = T2.department_id GROUP BY T1.department_id ORDER BY sum(T1.degree_summary_description) DESC LIMIT 1
SELECT count(DISTINCT T1.department_id) FROM Degree_Programs AS T1
SELECT count(DISTINCT T1.department_id) FROM Degree_Programs AS T1
SELECT count(DISTINCT T1.degree_summary_name) FROM Degree_Programs AS T1
SELECT count(DISTINCT T1.degree_summary_name) FROM Degree_Programs AS T1
SELECT count(*) FROM Degree_Programs AS T1 JOIN Departments AS T2 ON T1.department_id = T2.department_id WHERE T2.department_name = 'value'
SELECT count(*) FROM Degree_Programs AS T1 JOIN Departments AS T2 ON T1.department_id = T2.department_id WHERE T2.department_name = 'value'
SELECT T1.section_name, T1.section_description FROM Sections AS T1
SELECT T1.section_name, T1.section_description FROM Sections AS T1
SELECT T1.course_name, T1.course_id FROM Courses AS T1 JOIN Sections AS T2 ON T2.course_id = T1.course_id GROUP BY T1.course_id HAVING count(*) <= 2
SELECT T1.course_name, T1.course_id FROM Courses AS T1 JOIN Sections AS T2 ON T2.course_id = T1.course_id GROUP BY T2.course_id HAVING count(*) < 2
SELECT T1.section_name FROM Sections AS T1 ORDER BY T1.section_name
SELECT T1.section_name FROM Sections AS T1 ORDER BY T1.section_name
SELECT T2.semester_name, T1.semester_id FROM Student_Enrolment AS T1 JOIN Semesters AS T2 ON T1.semester_id = T2.semester_id GROUP BY T1.semester_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.semester_name, T2.semester_id FROM Student_Enrolment AS T1 JOIN Semesters AS T2 ON T1.semester_id = T2.semester_id GROUP BY T2.semester_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.department_description FROM Departments AS T1 WHERE T1.department_name LIKE 'value'
SELECT T1.department_description FROM Departments AS T1 WHERE T1.department_name LIKE '%1%'
SELECT T1.first_name, T1.last_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T2.student_id = T1.student_id GROUP BY T2.degree_program_id HAVING count(*) = 2
SELECT T2.first_name, T2.middle_name, T2.last_name FROM Student_Enrolment AS T1 JOIN Students AS T2 JOIN Degree_Programs AS T3 ON T1.student_id = T2.student_id AND T1.degree_program_id = T3.degree_program_id GROUP BY T2.last_name HAVING count(*) = 2
SELECT T1.first_name FROM Students AS T1 JOIN Student_Enrolment AS T2 JOIN Degree_Programs AS T3 ON T2.student_id = T1.student_id AND T2.degree_program_id = T3.degree_program_id WHERE T3.degree_summary_name = 'Bachelor'
SELECT T1.first_name, T1.middle_name, T1.last_name FROM Students AS T1 JOIN Student_Enrolment AS T2 JOIN Courses AS T3 ON T2.student_id = T1.student_id WHERE T3.course_name = 'Bachelors'
SELECT T1.degree_program_id FROM Student_Enrolment AS T1 GROUP BY T1.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 JOIN Student_Enrolment AS T2 ON T2.degree_program_id = T1.degree_program_id GROUP BY T1.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.degree_program_id, T1.degree_summary_name, count(*) FROM Degree_Programs AS T1 JOIN Student_Enrolment AS T2 ON T2.degree_program_id = T1.degree_program_id GROUP BY T2.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.degree_program_id, T2.degree_summary_name FROM Student_Enrolment AS T1 JOIN Degree_Programs AS T2 ON T1.degree_program_id = T2.degree_program_id GROUP BY T1.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name, T1.middle_name FROM Students AS T1 JOIN Student_Enrolment AS T2 JOIN Student_Enrolment_Courses AS T3 ON T2.student_id = T1.student_id AND T3.student_enrolment_id = T2.student_enrolment_id GROUP BY T2.student_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.first_name, T2.middle_name, T2.last_name FROM Student_Enrolment AS T1 JOIN Students AS T2 JOIN Students AS T3 JOIN Courses AS T4 ON T1.student_id = T2.student_id AND T1.student_id = T3.student_id GROUP BY T4.course_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.semester_name FROM Semesters AS T1 EXCEPT SELECT T2.semester_name FROM Semesters AS T2 JOIN Student_Enrolment AS T3 ON T3.semester_id = T2.semester_id
SELECT T1.semester_name FROM Semesters AS T1 EXCEPT SELECT T2.semester_name FROM Semesters AS T2 JOIN Student_Enrolment AS T3 ON T3.semester_id = T2.semester_id
SELECT DISTINCT T1.course_name FROM Courses AS T1 JOIN Student_Enrolment_Courses AS T2 JOIN Student_Enrolment AS T3 ON T2.course_id = T1.course_id AND T2.student_enrolment_id = T3.student_enrolment_id
SELECT DISTINCT T1.course_name FROM Courses AS T1 JOIN Student_Enrolment_Courses AS T2 JOIN Student_Enrolment AS T3 ON T2.course_id = T1.course_id AND T2.student_enrolment_id = T3.student_enrolment_id
SELECT T1.course_name FROM Courses AS T1 GROUP BY T1.course_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.course_name FROM Courses AS T1 JOIN Student_Enrolment AS T2 JOIN Courses AS T3 GROUP BY T1.course_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.last_name FROM Students AS T1 EXCEPT SELECT T2.last_name FROM Students AS T2 JOIN Student_Enrolment AS T3 JOIN Degree_Programs AS T4 JOIN Addresses AS T5 ON T3.student_id = T2.student_id AND T3.degree_program_id = T4.degree_program_id AND T2.permanent_address_id = T5.address_id WHERE T5.state_province_county = 'North Carolina'
SELECT T1.last_name FROM Students AS T1 EXCEPT SELECT T2.last_name FROM Students AS T2 JOIN Student_Enrolment AS T3 JOIN Degree_Programs AS T4 ON T3.student_id = T2.student_id AND T3.degree_program_id = T4.degree_program_id WHERE T4.degree_summary_name = 'North Carolina'
SELECT T1.transcript_date, T1.transcript_id FROM Transcripts AS T1 JOIN Transcript_Contents AS T2 ON T2.transcript_id = T1.transcript_id GROUP BY T1.transcript_id HAVING count(*) >= 2
SELECT T1.transcript_date, T1.transcript_id FROM Transcripts AS T1 JOIN Transcript_Contents AS T2 ON T2.transcript_id = T1.transcript_id GROUP BY T1.transcript_id HAVING count(*) >= 2
SELECT T1.date_first_registered, T1.last_name FROM Students AS T1 WHERE T1.first_name = 'Timmothy' AND T1.last_name = 'Ward'
SELECT T1.cell_mobile_number FROM Students AS T1 JOIN Addresses AS T2 ON T1.permanent_address_id = T2.address_id WHERE T1.first_name = 'Timmothy Ward'
SELECT T1.first_name, T1.middle_name, T1.last_name FROM Students AS T1
SELECT T1.first_name, T1.middle_name, T1.last_name FROM Students AS T1
SELECT T1.first_name, T1.middle_name, T1.last_name FROM Students AS T1 ORDER BY T1.last_name LIMIT 1
SELECT T1.first_name, T1.middle_name, T1.last_name FROM Students AS T1 WHERE T1.last_name = 'value' ORDER BY T1.last_name LIMIT 1
SELECT DISTINCT T1.other_address_details FROM Addresses AS T1 JOIN Students AS T2 ON T2.permanent_address_id = T1.address_id
SELECT DISTINCT T1.first_name FROM Students AS T1 JOIN Addresses AS T2 ON T1.permanent_address_id = T2.address_id
SELECT T2.other_address_details, count(*) FROM Students AS T1 JOIN Addresses AS T2 ON T1.permanent_address_id = T2.address_id GROUP BY T2.address_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.line_1, T1.line_2, T1.line_2 FROM Addresses AS T1 JOIN Students AS T2 ON T2.permanent_address_id = T1.address_id GROUP BY T1.line_2 ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.transcript_date) FROM Transcripts AS T1
SELECT avg(T1.transcript_date) FROM Transcripts AS T1
SELECT T1.transcript_date, T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date LIMIT 1
SELECT T1.transcript_date, T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date LIMIT 1
SELECT count(*) FROM Transcripts AS T1
SELECT count(*) FROM Transcripts AS T1
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date DESC LIMIT 1
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date DESC LIMIT 1
SELECT count(*), T1.course_id FROM Courses AS T1 JOIN Transcript_Contents AS T2 GROUP BY T1.course_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.course_name, count(*), T2.course_id FROM Transcript_Contents AS T1 JOIN Courses AS T2 GROUP BY T2.course_id
SELECT T1.transcript_date, count(*) FROM Transcripts AS T1 GROUP BY T1.transcript_date ORDER BY count(*) LIMIT 1
SELECT T1.transcript_date, T1.transcript_id FROM Transcripts AS T1 GROUP BY T1.transcript_date ORDER BY count(*) LIMIT 1
SELECT T1.semester_name FROM Semesters AS T1 JOIN Student_Enrolment AS T2 JOIN Student_Enrolment_Courses AS T3 JOIN Courses AS T4 ON T2.semester_id = T1.semester_id AND T3.student_enrolment_id = T2.student_enrolment_id AND T3.course_id = T4.course_id WHERE T4.course_name = 'Master' INTERSECT SELECT T5.semester_name FROM Semesters AS T5 JOIN Student_Enrolment AS T6 JOIN Student_Enrolment_Courses AS T7 JOIN Courses AS T8 ON T6.semester_id = T5.semester_id AND T7.student_enrolment_id = T6.student_enrolment_id AND T7.course_id = T8.course_id WHERE T8.course_name = 'Bachelor'
SELECT T2.semester_id FROM Semesters AS T1 JOIN Student_Enrolment AS T2 JOIN Courses AS T3 ON T2.semester_id = T1.semester_id WHERE T3.course_name = 'Masters' INTERSECT SELECT T4.semester_id FROM Student_Enrolment AS T4 JOIN Courses AS T5 WHERE T5.course_name = 'Bachelors'
SELECT count(DISTINCT T1.current_address_id) FROM Students AS T1
SELECT DISTINCT T1.other_address_details FROM Addresses AS T1 JOIN Students AS T2 ON T2.permanent_address_id = T1.address_id
SELECT T1.other_student_details FROM Students AS T1 ORDER BY T1.other_student_details
SELECT T2.other_details FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T2.student_id = T1.student_id ORDER BY T1.other_student_details
SELECT T1.section_name FROM Sections AS T1 WHERE T1.section_name = 'value'
SELECT T1.section_description FROM Sections AS T1 WHERE T1.section_name = 'value'
SELECT T1.first_name FROM Students AS T1 JOIN Addresses AS T2 ON T1.permanent_address_id = T2.address_id WHERE T2.country = 'Haiti' OR T2.country = 9700166582
SELECT T1.first_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T2.student_id = T1.student_id WHERE T1.last_name = 'Haiti' OR T1.last_name = 9700166582
SELECT T1.Title FROM Cartoon AS T1 ORDER BY T1.Title
SELECT T1.Title FROM Cartoon AS T1 ORDER BY T1.Title
SELECT T1.Directed_by FROM Cartoon AS T1 WHERE T1.Directed_by = 'Ben Jones'
SELECT T2.series_name FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.Directed_by = 'Ben Jones'
SELECT count(*) FROM Cartoon AS T1 WHERE T1.Written_by = 'Joseph Kuhr'
SELECT count(*) FROM Cartoon AS T1 WHERE T1.Written_by = 'Joseph Kuhr'
SELECT T1.Title, T1.Original_air_date FROM Cartoon AS T1 JOIN Cartoon AS T2 JOIN TV_series AS T3 ORDER BY T3.Air_Date
SELECT T2.series_name, T3.Air_Date FROM Cartoon AS T1 JOIN TV_Channel AS T2 JOIN TV_series AS T3 ON T1.Channel = T2.id AND T3.Channel = T2.id ORDER BY T3.Air_Date
SELECT T1.Title FROM Cartoon AS T1 WHERE T1.Directed_by = 'Ben Jones' AND T1.Directed_by = 'Brandon Vietti'
SELECT T1.Title FROM Cartoon AS T1 WHERE T1.Directed_by = 'Ben Jones' AND T1.Directed_by = 'Brandon Vietti'
SELECT T1.Country, count(*) FROM TV_Channel AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT T1.Country, count(*) FROM TV_Channel AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.series_name), count(*) FROM TV_Channel AS T1
SELECT count(DISTINCT T1.series_name), count(*) FROM TV_Channel AS T1
SELECT T1.Content FROM TV_Channel AS T1 WHERE T1.Hight_definition_TV = 'Sky Radio'
SELECT T1.Content FROM TV_Channel AS T1 WHERE T1.series_name = 'Sky Radio'
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE T1.Hight_definition_TV = 'Sky Radio'
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE T1.series_name = 'Package Options'
SELECT count(*) FROM TV_Channel AS T1 WHERE T1.Language = 'TV Channel'
SELECT count(*) FROM TV_Channel AS T1 WHERE T1.Language = 'TV Channels'
SELECT T1.Language, count(*) FROM TV_Channel AS T1 GROUP BY T1.Language ORDER BY count(*) LIMIT 1
SELECT T1.Language, count(*) FROM TV_Channel AS T1 GROUP BY T1.Language ORDER BY count(*) LIMIT 1
SELECT T1.Language, count(*) FROM TV_Channel AS T1 GROUP BY T1.Language
SELECT T1.Language, count(*) FROM TV_Channel AS T1 GROUP BY T1.Language
SELECT T1.series_name FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T2.Channel = T1.id WHERE T1.series_name = 'The Rise of the Blue Beetle!'
SELECT T1.series_name FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T2.Channel = T1.id WHERE T2.Channel = 'The Rise of the Blue Beetle'
SELECT T1.Title FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T2.series_name = 'Sky Radio'
SELECT T1.series_name FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T2.Channel = T1.id WHERE T1.series_name = 'Sky Radio'
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Rating
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Rating
SELECT T1.Rating, max(T1.Rating) FROM TV_series AS T1 GROUP BY T1.Episode
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Rating DESC LIMIT 1
SELECT min(T1.Share), max(T1.Share) FROM TV_series AS T1
SELECT max(T1.Share), min(T1.Share) FROM TV_series AS T1
SELECT T1.Air_Date FROM TV_series AS T1 WHERE T1.Episode = 'A Love of a Lifetime'
SELECT T1.Episode FROM TV_series AS T1 WHERE T1.Air_Date = 'A Love of a Lifetime'
SELECT T1.Weekly_Rank FROM TV_series AS T1 WHERE T1.Episode = 'A Love of a Lifetime'
SELECT T1.Weekly_Rank FROM TV_series AS T1 WHERE T1.Episode = 'A Love of a Lifetime'
SELECT T1.series_name FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T2.Channel = T1.id WHERE T2.Episode = 'A Love of a Lifetime'
SELECT T2.series_name FROM TV_series AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.Episode = 'A Love of a Lifetime'
SELECT T1.Episode FROM TV_series AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T2.series_name = 'Sky Radio'
SELECT T1.Episode FROM TV_series AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T2.series_name = 'Sky Radio'
SELECT count(*), T1.Directed_by FROM Cartoon AS T1 GROUP BY T1.Directed_by
SELECT T1.Title, count(*) FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id GROUP BY T1.Title
SELECT T1.Production_code, T1.Channel FROM Cartoon AS T1 ORDER BY T1.Channel DESC LIMIT 1
SELECT T1.Production_code, T1.Channel FROM Cartoon AS T1 ORDER BY T1.Channel DESC LIMIT 1
SELECT T1.series_name, T1.series_name FROM TV_Channel AS T1 WHERE T1.Hight_definition_TV = 'TV'
SELECT T1.Package_Option, T1.Package_Option FROM TV_Channel AS T1 WHERE T1.Hight_definition_TV = 'TV Channel'
SELECT T1.Country FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T2.Channel = T1.id WHERE T2.Written_by = 'Todd Casey'
SELECT T2.Country FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.Written_by = 'TV'
SELECT T1.Country FROM TV_Channel AS T1 WHERE T1.id NOT IN (SELECT T2.Channel FROM Cartoon AS T2 JOIN TV_Channel AS T3 ON T2.Channel = T3.id WHERE T2.Written_by = 'Todd Casey')
SELECT T1.Country FROM TV_Channel AS T1 EXCEPT SELECT T3.Country FROM Cartoon AS T2 JOIN TV_Channel AS T3 ON T2.Channel = T3.id WHERE T2.Written_by = 'Todd Casey'
SELECT T1.series_name, T1.Country FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T2.Channel = T1.id WHERE T2.Directed_by = 'Ben Jones' AND T2.Directed_by = 'Michael Chang'
SELECT T1.series_name, T1.Country FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T2.Channel = T1.id WHERE T2.Directed_by = 'TV' AND T2.Directed_by = 'Ben Jones'
SELECT T1.Pixel_aspect_ratio_PAR, T1.Country FROM TV_Channel AS T1 WHERE T1.Hight_definition_TV != 'English'
SELECT T1.Pixel_aspect_ratio_PAR, T1.Country FROM TV_Channel AS T1 WHERE T1.Language != 'TV'
SELECT T1.id FROM TV_Channel AS T1 GROUP BY T1.id HAVING count(*) > 2
SELECT T1.id FROM TV_Channel AS T1 GROUP BY T1.id HAVING count(*) > 2
SELECT T1.id FROM TV_Channel AS T1 WHERE T1.id NOT IN (SELECT T2.Channel FROM Cartoon AS T2 WHERE T2.Directed_by = 'Ben Jones')
SELECT T1.id FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T2.Channel = T1.id WHERE T2.Directed_by != 'TV'
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE T1.id NOT IN (SELECT T2.Channel FROM Cartoon AS T2 JOIN TV_Channel AS T3 ON T2.Channel = T3.id WHERE T2.Directed_by = 'Ben Jones')
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE T1.id NOT IN (SELECT T2.Channel FROM Cartoon AS T2 JOIN TV_Channel AS T3 ON T2.Channel = T3.id WHERE T2.Directed_by = 'Ben Jones')
SELECT count(*) FROM poker_player AS T1
SELECT count(*) FROM poker_player AS T1
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings DESC
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Money_Rank DESC
SELECT T1.Final_Table_Made, T1.Best_Finish FROM poker_player AS T1 ORDER BY T1.Best_Finish LIMIT 1
SELECT T1.Final_Table_Made, T1.Best_Finish FROM poker_player AS T1
SELECT avg(T1.Earnings) FROM poker_player AS T1
SELECT avg(T1.Earnings) FROM poker_player AS T1
SELECT T1.Money_Rank FROM poker_player AS T1 ORDER BY T1.Earnings DESC LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 ORDER BY T1.Earnings DESC LIMIT 1
SELECT max(T1.Final_Table_Made) FROM poker_player AS T1 WHERE T1.Earnings < 200000
SELECT max(T1.Final_Table_Made) FROM poker_player AS T1 WHERE T1.Earnings < 200000
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Earnings > 300000
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Earnings > 300000
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T1.Final_Table_Made
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T1.Final_Table_Made
SELECT T2.Birth_Date FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T1.Earnings LIMIT 1
SELECT T2.Birth_Date FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T1.Earnings LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T2.Height DESC LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T2.Height DESC LIMIT 1
SELECT avg(T1.Earnings) FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID WHERE T2.Height > 200
SELECT avg(T1.Earnings) FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID WHERE T2.Height > 200
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T1.Earnings DESC
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T1.Earnings DESC
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
SELECT T1.Name FROM people AS T1 WHERE T1.People_ID NOT IN (SELECT T2.People_ID FROM poker_player AS T2)
SELECT T1.Name FROM people AS T1 WHERE T1.People_ID NOT IN (SELECT T2.People_ID FROM poker_player AS T2)
SELECT count(DISTINCT T1.Nationality) FROM people AS T1
SELECT count(DISTINCT T1.Nationality) FROM people AS T1
SELECT count(*) FROM AREA_CODE_STATE AS T1
SELECT T1.contestant_number, T1.contestant_name FROM CONTESTANTS AS T1 ORDER BY T1.contestant_name DESC
SELECT T1.vote_id, T1.phone_number, T1.phone_number FROM VOTES AS T1
SELECT max(T1.area_code), min(T1.area_code) FROM AREA_CODE_STATE AS T1
SELECT max(T1.created) FROM VOTES AS T1 WHERE T1.state = 'CA'
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name != 'Jessie Alloway'
SELECT DISTINCT T1.state, T1.created FROM VOTES AS T1
SELECT T1.contestant_name, T1.contestant_number FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T2.contestant_number = T1.contestant_number GROUP BY T1.contestant_number HAVING count(*) >= 2
SELECT T1.contestant_name, T1.contestant_number FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T2.contestant_number = T1.contestant_number ORDER BY T2.contestant_number LIMIT 1
SELECT count(*) FROM AREA_CODE_STATE AS T1 JOIN VOTES AS T2 ON T2.state = T1.state WHERE T2.state = 'NY' OR T1.state = 'CA'
SELECT count(*) FROM CONTESTANTS AS T1 WHERE T1.contestant_number NOT IN (SELECT T2.contestant_number FROM VOTES AS T2)
SELECT T1.area_code FROM AREA_CODE_STATE AS T1 JOIN VOTES AS T2 ON T2.state = T1.state GROUP BY T1.area_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.contestant_name, T2.phone_number, T2.phone_number FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T2.contestant_number = T1.contestant_number WHERE T1.contestant_name = 'Tabatha Gehling'
SELECT T2.area_code FROM VOTES AS T1 JOIN AREA_CODE_STATE AS T2 JOIN CONTESTANTS AS T3 ON T1.state = T2.state AND T1.contestant_number = T3.contestant_number WHERE T3.contestant_name = 'Tabatha Gehling' AND T3.contestant_name = 'Kelly Clauss' INTERSECT SELECT T7.area_code FROM VOTES AS T4 JOIN CONTESTANTS AS T5 JOIN CONTESTANTS AS T6 JOIN AREA_CODE_STATE AS T7 ON T4.contestant_number = T5.contestant_number AND T4.contestant_number = T6.contestant_number AND T4.state = T7.state WHERE T5.contestant_name = 'value' AND T5.contestant_name = 'value'
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name LIKE '%Al%'
SELECT T1.Name FROM country AS T1 WHERE T1.LifeExpectancy > 1950
SELECT T1.Name FROM country AS T1 WHERE T1.IndepYear > 1950
SELECT count(*) FROM country AS T1 WHERE T1.GovernmentForm = 'value'
SELECT count(*) FROM country AS T1 WHERE T1.GovernmentForm = 'value'
SELECT sum(T1.SurfaceArea) FROM country AS T1 WHERE T1.Region = 'Caribbean'
SELECT sum(T1.SurfaceArea), T1.Name FROM country AS T1 WHERE T1.Name = 'Carribean' GROUP BY T1.SurfaceArea
SELECT T1.Continent FROM country AS T1 WHERE T1.Name = 'Anguilla'
SELECT T1.Continent FROM country AS T1 WHERE T1.Name = 'Anguilla'
SELECT T2.Region FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T1.Name = 'Kabul'
SELECT T1.Region FROM country AS T1 WHERE T1.Name = 'Kabul'
SELECT T1.Language FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code GROUP BY T1.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Language FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Aruba'
SELECT T1.Population, T1.LifeExpectancy FROM country AS T1 WHERE T1.Name = 'Brazil'
SELECT T1.Population, T1.LifeExpectancy FROM country AS T1 WHERE T1.LifeExpectancy = 'value'
SELECT T1.Region, T1.Population FROM country AS T1 WHERE T1.Name = 'Angola'
SELECT T1.Region, T1.Population FROM country AS T1 WHERE T1.Population = 'value'
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE T1.Region = 'Central Africa'
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE T1.LifeExpectancy = 'value'
SELECT T1.Name FROM country AS T1 WHERE T1.LifeExpectancy <= (SELECT min(T2.LifeExpectancy) FROM country AS T2)
SELECT T1.Name FROM country AS T1 WHERE T1.LifeExpectancy = 'value' ORDER BY T1.LifeExpectancy LIMIT 1
SELECT sum(T1.Population), max(T1.GNP) FROM country AS T1 WHERE T1.GNP = 'value'
SELECT T1.GNP, T1.GNP, count(*) FROM country AS T1 ORDER BY T1.GNP DESC LIMIT 1
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE T1.Name = 'African'
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE T1.Name = 'Africa'
SELECT sum(T1.SurfaceArea), T1.Continent FROM country AS T1 WHERE T1.Continent = 'Asia'
SELECT sum(T1.SurfaceArea) FROM country AS T1 WHERE T1.Name = 'Asia' OR T1.Name = 'Europe'
SELECT count(*) FROM city AS T1 WHERE T1.District = 'Gelderland'
SELECT sum(T1.Population) FROM city AS T1 WHERE T1.District = 'Gelderland'
SELECT avg(T1.GNP), sum(T1.Population) FROM country AS T1 WHERE T1.GovernmentForm = 'GNP'
SELECT avg(T1.GNP), sum(T1.Population) FROM country AS T1 WHERE T1.Name = 'GNP'
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT count(*) FROM country AS T1 WHERE T1.GovernmentForm = 'Africa'
SELECT count(DISTINCT T1.GovernmentForm) FROM country AS T1 WHERE T1.Name = 'Africa'
SELECT count(*) FROM countrylanguage AS T1 WHERE T1.Language = 'Aruba'
SELECT count(*) FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = 'Aruba'
SELECT count(*) FROM countrylanguage AS T1 WHERE T1.Language = 'Afghanistan'
SELECT count(*) FROM countrylanguage AS T1 WHERE T1.Language = 'Afghanistan'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T2.Name FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code GROUP BY T1.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Continent FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T2.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Continent FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T2.Language ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1 WHERE T1.Name = 'English' INTERSECT SELECT T2.CountryCode FROM city AS T2 JOIN country AS T3 ON T2.CountryCode = T3.Code WHERE T3.LocalName = 'Dutch'
SELECT count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English' AND T2.Language = 'Dutch'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T1.LocalName = 'English' INTERSECT SELECT T3.Name FROM country AS T3 JOIN countrylanguage AS T4 ON T4.CountryCode = T3.Code WHERE T3.LocalName = 'French'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English' INTERSECT SELECT T3.Name FROM country AS T3 JOIN countrylanguage AS T4 ON T4.CountryCode = T3.Code WHERE T4.Language = 'French'
SELECT T2.Name FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T1.Language = 'English' INTERSECT SELECT T4.Name FROM countrylanguage AS T3 JOIN country AS T4 ON T3.CountryCode = T4.Code WHERE T3.Language = 'French'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English' INTERSECT SELECT T3.Name FROM country AS T3 JOIN countrylanguage AS T4 ON T4.CountryCode = T3.Code WHERE T4.Language = 'French'
SELECT count(DISTINCT T1.Continent) FROM country AS T1 WHERE T1.LocalName = 'Chinese'
SELECT count(*) FROM country AS T1 WHERE T1.Continent = 'Chinese'
SELECT T1.Region FROM country AS T1 WHERE T1.Name = 'English' OR T1.LocalName = 'Dutch'
SELECT T1.Region FROM country AS T1 WHERE T1.Name = 'Dutch'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English' OR T2.Language = 'Dutch'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English' OR T2.Language = 'Dutch'
SELECT T1.Language FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Continent = 'Asian' GROUP BY T1.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Language FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.LocalName = 'Asian' GROUP BY T1.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Language FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code GROUP BY T1.Language HAVING count(*) = 1
SELECT T1.Language FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code GROUP BY T1.Language HAVING count(*) = 'value'
SELECT T1.Name FROM city AS T1 WHERE T1.Population = 'value' ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.LocalName = 'English' GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name, T1.Population, T1.LifeExpectancy FROM country AS T1 WHERE T1.LifeExpectancy <= 'value' ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT T1.Name, T1.Population, T1.LifeExpectancy FROM country AS T1 WHERE T1.LifeExpectancy <= 'value' ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE T1.Name NOT IN (SELECT T2.IsOfficial FROM countrylanguage AS T2 WHERE T2.Language = 'English')
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE T1.Name NOT IN (SELECT T2.IsOfficial FROM countrylanguage AS T2 WHERE T2.Language = 'English')
SELECT sum(T2.Population) FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code WHERE T2.District NOT IN (SELECT T3.IsOfficial FROM countrylanguage AS T3 WHERE T3.Language = 'English')
SELECT count(*) FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code WHERE T2.CountryCode NOT IN (SELECT T5.CountryCode FROM countrylanguage AS T3 JOIN country AS T4 JOIN city AS T5 ON T3.CountryCode = T4.Code AND T5.CountryCode = T4.Code WHERE T3.Language = 'English')
SELECT T2.IsOfficial FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T1.HeadOfState = 'Beatrix'
SELECT T1.HeadOfState FROM country AS T1 WHERE T1.HeadOfState = 'Beatrix'
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.LifeExpectancy < 1930
SELECT count(*) FROM countrylanguage AS T1 WHERE T1.Language < 1930
SELECT T1.SurfaceArea FROM country AS T1 WHERE T1.SurfaceArea > (SELECT max(T2.SurfaceArea) FROM country AS T2 WHERE T2.SurfaceArea = 'value')
SELECT T1.Name FROM country AS T1 WHERE T1.Population > (SELECT max(T2.Population) FROM country AS T2 JOIN city AS T3 ON T3.CountryCode = T2.Code WHERE T3.CountryCode = 'Europe')
SELECT T1.Name FROM country AS T1 WHERE T1.Population < (SELECT max(T2.Population) FROM country AS T2 WHERE T2.Population = 'value')
SELECT T1.Name FROM country AS T1 WHERE T1.Population < (SELECT min(T2.Population) FROM country AS T2 WHERE T2.Name = 'African')
SELECT T1.Name FROM country AS T1 WHERE T1.Population > (SELECT min(T2.Population) FROM country AS T2 WHERE T2.Name = 'Asian')
SELECT T1.Name FROM country AS T1 WHERE T1.Population > (SELECT min(T2.Population) FROM country AS T2 WHERE T2.Population = 'value')
SELECT T2.CountryCode FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code WHERE T1.Name != 'English'
SELECT T2.CountryCode FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code WHERE T1.Name != 'English'
SELECT T2.CountryCode FROM country AS T1 JOIN city AS T2 JOIN countrylanguage AS T3 ON T2.CountryCode = T1.Code AND T3.CountryCode = T1.Code WHERE T3.Language != 'English'
SELECT T2.CountryCode FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code WHERE T1.Name != 'English'
SELECT T1.Code FROM country AS T1 WHERE T1.GovernmentForm != 'English'
SELECT T1.Code FROM country AS T1 WHERE T1.GovernmentForm != 'English'
SELECT T1.Name FROM city AS T1 JOIN country AS T2 JOIN countrylanguage AS T3 ON T1.CountryCode = T2.Code AND T3.CountryCode = T2.Code WHERE T3.Language != 'European'
SELECT T1.Name FROM city AS T1 JOIN countrylanguage AS T2 WHERE T2.Language != 'Europe'
SELECT DISTINCT T1.Name FROM city AS T1 JOIN country AS T2 JOIN countrylanguage AS T3 ON T1.CountryCode = T2.Code AND T3.CountryCode = T2.Code WHERE T3.Language = 'Asian'
SELECT DISTINCT T1.Name, T2.Name FROM city AS T1 JOIN country AS T2 JOIN countrylanguage AS T3 ON T1.CountryCode = T2.Code AND T3.CountryCode = T2.Code WHERE T3.Language = 'Asia'
SELECT T1.Name, T1.IndepYear, T1.SurfaceArea FROM country AS T1 ORDER BY T1.Population LIMIT 1
SELECT T1.Name, T1.IndepYear, T1.SurfaceArea FROM country AS T1 ORDER BY T1.Population LIMIT 1
SELECT T2.Name, T1.Name, T1.SurfaceArea FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code ORDER BY T1.SurfaceArea DESC LIMIT 1
SELECT T1.Name, T1.Population, T1.HeadOfState FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Name, count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T2.Language HAVING count(*) >= 3
SELECT T1.Name, count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T1.Name HAVING count(*) > 2
SELECT count(*), T1.District FROM city AS T1 WHERE T1.Population > (SELECT avg(T2.Population) FROM city AS T2) GROUP BY T1.District
SELECT count(*), T1.District FROM city AS T1 WHERE T1.Population > (SELECT avg(T2.Population) FROM city AS T2) GROUP BY T1.District
SELECT T1.GovernmentForm, sum(T1.LifeExpectancy) FROM country AS T1 GROUP BY T1.GovernmentForm HAVING avg(T1.LifeExpectancy) > 72
SELECT T1.GovernmentForm, sum(T1.Population) FROM country AS T1 GROUP BY T1.GovernmentForm HAVING avg(T1.LifeExpectancy) > 72
SELECT avg(T1.LifeExpectancy), T1.Continent FROM country AS T1 GROUP BY T1.Continent
SELECT T1.Continent, avg(T1.LifeExpectancy) FROM country AS T1 GROUP BY T1.Continent
SELECT T1.Name, T1.SurfaceArea FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 5
SELECT T1.Name, T1.SurfaceArea FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.Population DESC LIMIT 3
SELECT T1.Name FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.Population LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.Population LIMIT 1
SELECT count(*) FROM country AS T1 WHERE T1.Name = 'Asia'
SELECT count(*) FROM country AS T1 WHERE T1.Name = 'Asia'
SELECT T1.Name FROM country AS T1 WHERE T1.Continent = 'Europe' INTERSECT SELECT T2.Name FROM country AS T2 WHERE T2.Continent = 80000
SELECT T1.Name FROM country AS T1 WHERE T1.Population = 80000 INTERSECT SELECT T3.Name FROM city AS T2 JOIN country AS T3 ON T2.CountryCode = T3.Code WHERE T3.Population = 'value'
SELECT sum(T1.Population), avg(T1.Population) FROM country AS T1 WHERE T1.Continent = 'North America'
SELECT sum(T1.SurfaceArea), avg(T1.SurfaceArea) FROM country AS T1 WHERE T1.SurfaceArea > 3000
SELECT T1.Name FROM city AS T1 WHERE T1.Population BETWEEN 160000 AND 900000
SELECT T1.Name FROM city AS T1 WHERE T1.Population BETWEEN 160000 AND 900000
SELECT T3.Language FROM country AS T1 JOIN city AS T2 JOIN countrylanguage AS T3 ON T2.CountryCode = T1.Code AND T3.CountryCode = T1.Code GROUP BY T3.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Language FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code GROUP BY T1.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Language, T1.Percentage FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code ORDER BY T1.Percentage DESC LIMIT 1
SELECT T3.CountryCode, T2.Language, T2.Percentage FROM country AS T1 JOIN countrylanguage AS T2 JOIN city AS T3 ON T2.CountryCode = T1.Code AND T3.CountryCode = T1.Code GROUP BY T2.Language ORDER BY count(*) DESC LIMIT 1
SELECT sum(T1.Name) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Percentage = (SELECT T4.Percentage FROM country AS T3 JOIN countrylanguage AS T4 ON T4.CountryCode = T3.Code GROUP BY T3.Name ORDER BY count(*) DESC LIMIT 1)
SELECT count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'Spanish'
SELECT T1.Code FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code ORDER BY T2.Percentage DESC LIMIT 1
SELECT T1.Code FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'Spanish'
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
SELECT max(T1.Share), min(T1.Share) FROM performance AS T1 WHERE T1.Type != 'Live final'
SELECT max(T1.Share), min(T1.Share) FROM performance AS T1 WHERE T1.Type != 'Live final'
SELECT count(DISTINCT T1.Nationality) FROM conductor AS T1
SELECT count(DISTINCT T1.Nationality) FROM conductor AS T1
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC LIMIT 1
SELECT T2.Name, T1.Orchestra FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID
SELECT T2.Name, T1.Orchestra FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID
SELECT T2.Name FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T1.Conductor_ID HAVING count(*) > 1
SELECT T2.Name FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T1.Conductor_ID HAVING count(*) > 1
SELECT T2.Name FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T1.Conductor_ID ORDER BY count(*) DESC LIMIT 1
SELECT T2.Name FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T1.Conductor_ID ORDER BY count(*) DESC LIMIT 1
SELECT T2.Name FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T1.Year_of_Founded > 2008
SELECT T2.Name FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T1.Year_of_Founded > 2008
SELECT T1.Record_Company, count(*) FROM orchestra AS T1 GROUP BY T1.Record_Company
SELECT T1.Record_Company, count(*) FROM orchestra AS T1 GROUP BY T1.Record_Company
SELECT T1.Major_Record_Format FROM orchestra AS T1 GROUP BY T1.Major_Record_Format ORDER BY count(*)
SELECT T1.Major_Record_Format FROM orchestra AS T1 GROUP BY T1.Major_Record_Format ORDER BY count(*)
SELECT T1.Record_Company FROM orchestra AS T1 GROUP BY T1.Record_Company ORDER BY count(*) DESC LIMIT 1
SELECT T1.Record_Company FROM orchestra AS T1 GROUP BY T1.Record_Company ORDER BY count(*) DESC LIMIT 1
SELECT T1.Orchestra FROM orchestra AS T1 WHERE T1.Orchestra_ID NOT IN (SELECT T2.Orchestra_ID FROM performance AS T2)
SELECT T1.Orchestra FROM orchestra AS T1 WHERE T1.Orchestra_ID NOT IN (SELECT T2.Orchestra_ID FROM performance AS T2)
SELECT T1.Record_Company FROM orchestra AS T1 WHERE T1.Year_of_Founded < 2003 INTERSECT SELECT T2.Record_Company FROM orchestra AS T2 WHERE T2.Year_of_Founded > 2003
SELECT T1.Record_Company FROM orchestra AS T1 WHERE T1.Year_of_Founded < 2003 INTERSECT SELECT T2.Record_Company FROM orchestra AS T2 WHERE T2.Year_of_Founded > 2003
SELECT count(*) FROM orchestra AS T1 WHERE T1.Major_Record_Format = 'CD' OR T1.Major_Record_Format = 'DVD'
SELECT count(*) FROM orchestra AS T1 WHERE T1.Major_Record_Format = 'CD' OR T1.Major_Record_Format = 'DVD'
SELECT T2.Year_of_Founded FROM performance AS T1 JOIN orchestra AS T2 ON T1.Orchestra_ID = T2.Orchestra_ID GROUP BY T1.Orchestra_ID HAVING count(*) > 1
SELECT T1.Year_of_Founded FROM orchestra AS T1 JOIN performance AS T2 ON T2.Orchestra_ID = T1.Orchestra_ID GROUP BY T2.Orchestra_ID HAVING count(*) > 'value'
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT T1.name, T1.grade FROM Highschooler AS T1
SELECT T1.name, T1.grade FROM Highschooler AS T1
SELECT T1.grade FROM Highschooler AS T1
SELECT T1.grade, T1.grade FROM Highschooler AS T1 GROUP BY T1.grade
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.name = 'Kyle' AND T1.name = 'value'
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.name = 'Kyle'
SELECT T1.name FROM Highschooler AS T1 WHERE T1.grade = 10
SELECT T1.name FROM Highschooler AS T1 WHERE T1.grade = 10
SELECT T1.ID FROM Highschooler AS T1 WHERE T1.name = 'ID'
SELECT T1.ID FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1 WHERE T1.grade = 9 OR T1.grade = 10
SELECT count(*) FROM Highschooler AS T1 WHERE T1.grade = 9 OR T1.grade = 10
SELECT T1.grade, count(*) FROM Highschooler AS T1 GROUP BY T1.grade
SELECT count(*), T1.grade FROM Highschooler AS T1 GROUP BY T1.grade
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade HAVING count(*) >= 4
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade HAVING count(*) >= 4
SELECT T1.student_id, count(*) FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID GROUP BY T1.student_id
SELECT count(*), T1.friend_id FROM Friend AS T1 GROUP BY T1.friend_id
SELECT T2.name, count(*) FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID GROUP BY T2.name
SELECT count(*), T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID GROUP BY T1.name
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID GROUP BY T2.student_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID GROUP BY T1.friend_id HAVING count(*) >= 3
SELECT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID GROUP BY T2.name HAVING count(*) >= 3
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID
SELECT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID WHERE T2.name = 'Kyle'
SELECT count(*) FROM Highschooler AS T1 WHERE T1.name = 'Kyle'
SELECT count(*) FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID WHERE T2.name = 'Kyle'
SELECT T2.student_id FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID WHERE T1.ID NOT IN (SELECT T3.student_id FROM Friend AS T3)
SELECT T2.student_id FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID WHERE T1.ID NOT IN (SELECT T3.student_id FROM Friend AS T3)
SELECT T1.name FROM Highschooler AS T1 WHERE T1.ID NOT IN (SELECT T2.student_id FROM Friend AS T2)
SELECT T1.name FROM Highschooler AS T1 WHERE T1.ID NOT IN (SELECT T2.student_id FROM Friend AS T2)
SELECT T2.friend_id FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID INTERSECT SELECT T4.friend_id FROM Highschooler AS T3 JOIN Friend AS T4 ON T4.friend_id = T3.ID
SELECT T2.student_id FROM Friend AS T1 JOIN Likes AS T2 INTERSECT SELECT T3.student_id FROM Friend AS T3
SELECT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID INTERSECT SELECT T4.name FROM Friend AS T3 JOIN Highschooler AS T4 ON T3.friend_id = T4.ID
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID WHERE T1.grade = 'value' INTERSECT SELECT T3.name FROM Highschooler AS T3 JOIN Friend AS T4 ON T4.friend_id = T3.ID WHERE T3.grade = 'value'
SELECT count(*), T1.student_id FROM Likes AS T1 GROUP BY T1.student_id
SELECT count(*), T1.student_id FROM Likes AS T1 GROUP BY T1.student_id
SELECT T1.name, count(*) FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T1.name
SELECT count(*), T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T1.name
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T2.student_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T2.student_id HAVING count(*) >= 2
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T2.student_id HAVING count(*) >= 2
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID WHERE T1.grade > 5 GROUP BY T1.name ORDER BY count(*)
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID WHERE T1.grade > 5 OR T1.grade < 2
SELECT count(*) FROM Highschooler AS T1 WHERE T1.name = 'Kyle' AND T1.name = 'value'
SELECT count(*) FROM Highschooler AS T1 WHERE T1.name = 'Kyle'
SELECT avg(T1.grade) FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID
SELECT avg(T1.grade) FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID
SELECT min(T1.grade) FROM Highschooler AS T1 WHERE T1.ID NOT IN (SELECT T2.student_id FROM Friend AS T2)
SELECT min(T1.grade) FROM Highschooler AS T1 WHERE T1.ID NOT IN (SELECT T2.student_id FROM Friend AS T2)
SELECT T1.state FROM Owners AS T1 INTERSECT SELECT T2.state FROM Professionals AS T2
SELECT T1.state FROM Owners AS T1 UNION SELECT T3.state FROM Professionals AS T2 JOIN Owners AS T3
SELECT avg(T1.age) FROM Dogs AS T1 JOIN Treatments AS T2 ON T2.dog_id = T1.dog_id
SELECT avg(T1.age) FROM Dogs AS T1 JOIN Treatments AS T2 ON T2.dog_id = T1.dog_id
SELECT T1.professional_id, T1.state FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.professional_id HAVING count(*) > 2
SELECT T1.professional_id, T1.last_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.professional_id HAVING count(*) > 2
SELECT T2.name FROM Treatments AS T1 JOIN Dogs AS T2 ON T1.dog_id = T2.dog_id EXCEPT SELECT T4.name FROM Treatments AS T3 JOIN Dogs AS T4 ON T3.dog_id = T4.dog_id WHERE T3.cost_of_treatment > 1000
SELECT T1.name FROM Dogs AS T1 EXCEPT SELECT T3.name FROM Owners AS T2 JOIN Dogs AS T3 JOIN Treatments AS T4 ON T3.owner_id = T2.owner_id AND T4.dog_id = T3.dog_id WHERE T4.date_of_treatment > 1000
SELECT T1.first_name FROM Professionals AS T1 EXCEPT SELECT T4.first_name FROM Owners AS T2 JOIN Dogs AS T3 JOIN Professionals AS T4 ON T3.owner_id = T2.owner_id
SELECT T1.first_name FROM Professionals AS T1 EXCEPT SELECT T4.first_name FROM Owners AS T2 JOIN Dogs AS T3 JOIN Professionals AS T4 ON T3.owner_id = T2.owner_id
SELECT T1.professional_id FROM Professionals AS T1 EXCEPT SELECT T2.professional_id FROM Treatments AS T2 WHERE T2.dog_id = 'value'
SELECT T1.professional_id, T1.email_address, T1.email_address FROM Professionals AS T1 EXCEPT SELECT T2.professional_id, T3.professional_id, T2.email_address FROM Professionals AS T2 JOIN Treatments AS T3 ON T3.professional_id = T2.professional_id
SELECT T1.owner_id, T2.owner_id FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T1.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.owner_id, T1.first_name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T1.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T1.professional_id, T1.first_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T1.name FROM Dogs AS T1 JOIN Breeds AS T2 ON T1.breed_code = T2.breed_code GROUP BY T2.breed_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.breed_name FROM Breeds AS T1 JOIN Dogs AS T2 ON T2.breed_code = T1.breed_code GROUP BY T1.breed_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.owner_id, T2.owner_id FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T1.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.owner_id, T1.last_name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T1.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.treatment_type_description FROM Treatment_Types AS T1 JOIN Treatments AS T2 ON T2.treatment_type_code = T1.treatment_type_code GROUP BY T2.treatment_type_code ORDER BY sum(T2.cost_of_treatment) LIMIT 1
SELECT T2.treatment_type_description FROM Treatments AS T1 JOIN Treatment_Types AS T2 ON T1.treatment_type_code = T2.treatment_type_code ORDER BY T1.cost_of_treatment LIMIT 1
SELECT T1.owner_id, T2.owner_id, sum(T1.zip_code) FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T1.owner_id ORDER BY sum(T1.zip_code) DESC LIMIT 1
SELECT T2.owner_id, T1.zip_code FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T1.owner_id ORDER BY sum(T1.zip_code) DESC LIMIT 1
SELECT T1.professional_id FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T1.professional_id, T1.cell_number FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T1.first_name, T1.last_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T2.professional_id HAVING avg(T2.cost_of_treatment) < 'value'
SELECT T1.first_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id WHERE T2.cost_of_treatment < (SELECT avg(T3.cost_of_treatment) FROM Treatments AS T3)
SELECT T1.date_of_treatment, T2.first_name FROM Treatments AS T1 JOIN Professionals AS T2 ON T1.professional_id = T2.professional_id WHERE T2.first_name = 'value'
SELECT T1.date_of_treatment, T3.first_name FROM Treatments AS T1 JOIN Treatments AS T2 JOIN Professionals AS T3 ON T1.professional_id = T3.professional_id
SELECT T2.cost_of_treatment, T1.treatment_type_description FROM Treatment_Types AS T1 JOIN Treatments AS T2 ON T2.treatment_type_code = T1.treatment_type_code
SELECT T1.treatment_type_description, T1.treatment_type_description FROM Treatment_Types AS T1 JOIN Treatments AS T2 ON T2.treatment_type_code = T1.treatment_type_code
SELECT T2.first_name, T2.last_name FROM Dogs AS T1 JOIN Owners AS T2 ON T1.owner_id = T2.owner_id
SELECT T2.first_name, T2.last_name FROM Dogs AS T1 JOIN Owners AS T2 ON T1.owner_id = T2.owner_id
SELECT T3.first_name, T1.first_name FROM Owners AS T1 JOIN Dogs AS T2 JOIN Professionals AS T3 ON T2.owner_id = T1.owner_id
SELECT T2.first_name, T1.name FROM Dogs AS T1 JOIN Owners AS T2 ON T1.owner_id = T2.owner_id
SELECT T2.name, T1.date_of_treatment FROM Treatments AS T1 JOIN Dogs AS T2 ON T1.dog_id = T2.dog_id ORDER BY T1.date_of_treatment LIMIT 1
SELECT T2.name, T1.date_of_treatment FROM Treatments AS T1 JOIN Dogs AS T2 ON T1.dog_id = T2.dog_id ORDER BY T1.date_of_treatment LIMIT 1
SELECT T2.name, T1.first_name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id
SELECT T1.first_name, T2.name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id
SELECT T1.date_of_treatment, T2.date_of_birth FROM Treatments AS T1 JOIN Dogs AS T2 ON T1.dog_id = T2.dog_id
SELECT T1.date_of_treatment, T2.date_of_birth FROM Treatments AS T1 JOIN Dogs AS T2 ON T1.dog_id = T2.dog_id
SELECT T1.last_name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id ORDER BY T2.date_departed LIMIT 1
SELECT T1.name FROM Dogs AS T1 ORDER BY T1.date_departed LIMIT 1
SELECT T1.email_address FROM Professionals AS T1 WHERE T1.state = 'Hawaii' OR T1.state = 'Wisconsin'
SELECT T1.email_address FROM Professionals AS T1 WHERE T1.state = 'Hawaii' OR T1.state = 'Wisconsin'
SELECT T1.date_of_birth, T1.date_of_birth FROM Dogs AS T1
SELECT T1.date_of_birth, T1.date_of_birth FROM Dogs AS T1
SELECT count(*) FROM Treatments AS T1
SELECT count(*) FROM Treatments AS T1
SELECT count(DISTINCT T1.professional_id) FROM Treatments AS T1
SELECT count(*) FROM Dogs AS T1
SELECT T1.city FROM Professionals AS T1 WHERE T1.city LIKE '%West%' OR T1.state LIKE 'value'
SELECT T1.role_code FROM Professionals AS T1 WHERE T1.city LIKE '%West%'
SELECT T1.state FROM Owners AS T1 WHERE T1.last_name LIKE '%North%'
SELECT T1.first_name, T1.last_name FROM Owners AS T1 WHERE T1.state LIKE '%North%'
SELECT count(*) FROM Dogs AS T1 WHERE T1.age < (SELECT avg(T2.age) FROM Dogs AS T2)
SELECT count(*) FROM Dogs AS T1 WHERE T1.age < (SELECT avg(T2.age) FROM Dogs AS T2)
SELECT T1.date_of_treatment FROM Treatments AS T1 ORDER BY T1.cost_of_treatment LIMIT 1
SELECT T1.cost_of_treatment FROM Treatments AS T1 ORDER BY T1.date_of_treatment LIMIT 1
SELECT count(*) FROM Dogs AS T1 WHERE T1.dog_id NOT IN (SELECT T2.dog_id FROM Treatments AS T2)
SELECT count(*) FROM Dogs AS T1 WHERE T1.dog_id NOT IN (SELECT T2.dog_id FROM Treatments AS T2)
SELECT count(*) FROM Owners AS T1 WHERE T1.owner_id NOT IN (SELECT T2.owner_id FROM Dogs AS T2)
SELECT count(*) FROM Owners AS T1 WHERE T1.owner_id NOT IN (SELECT T2.owner_id FROM Dogs AS T2)
SELECT count(*) FROM Professionals AS T1 WHERE T1.professional_id NOT IN (SELECT T2.professional_id FROM Treatments AS T2)
SELECT count(*) FROM Professionals AS T1 WHERE T1.professional_id NOT IN (SELECT T2.professional_id FROM Treatments AS T2)
SELECT T1.name, T1.age FROM Dogs AS T1 WHERE T1.abandoned_yn = 1
SELECT T1.name, T1.age FROM Dogs AS T1 WHERE T1.abandoned_yn = 'Note'
SELECT avg(T1.age) FROM Dogs AS T1
SELECT avg(T1.age) FROM Dogs AS T1
SELECT T1.age FROM Dogs AS T1 ORDER BY T1.date_departed DESC LIMIT 1
SELECT T1.age FROM Dogs AS T1 ORDER BY T1.date_departed DESC LIMIT 1
SELECT T1.charge_type, T1.charge_amount FROM Charges AS T1
SELECT T1.charge_type, T1.charge_amount FROM Charges AS T1
SELECT T1.charge_type FROM Charges AS T1 ORDER BY T1.charge_amount DESC LIMIT 1
SELECT T1.charge_amount FROM Charges AS T1 ORDER BY T1.charge_amount DESC LIMIT 1
SELECT T1.email_address, T1.home_phone, T1.home_phone FROM Professionals AS T1
SELECT T1.email_address, T1.home_phone, T1.home_phone FROM Professionals AS T1
SELECT T1.treatment_type_description, count(*) FROM Treatment_Types AS T1 JOIN Treatment_Types AS T2 GROUP BY T1.treatment_type_code
SELECT T2.breed_name, count(*) FROM Dogs AS T1 JOIN Breeds AS T2 ON T1.breed_code = T2.breed_code GROUP BY T2.breed_name
SELECT T1.first_name, T3.treatment_type_description FROM Professionals AS T1 JOIN Treatments AS T2 JOIN Treatment_Types AS T3 ON T2.professional_id = T1.professional_id AND T2.treatment_type_code = T3.treatment_type_code
SELECT T3.first_name, T1.treatment_type_description FROM Treatment_Types AS T1 JOIN Treatments AS T2 JOIN Professionals AS T3 ON T2.treatment_type_code = T1.treatment_type_code AND T2.professional_id = T3.professional_id
SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions
SELECT T1.Birth_Year, T1.Citizenship FROM singer AS T1
SELECT T1.Birth_Year, T1.Citizenship FROM singer AS T1
SELECT T1.Name FROM singer AS T1 WHERE T1.Citizenship != 'France'
SELECT T1.Name FROM singer AS T1 WHERE T1.Singer_ID NOT IN (SELECT T2.Singer_ID FROM song AS T2 WHERE T2.Title = 'French')
SELECT T1.Name FROM singer AS T1 WHERE T1.Birth_Year = 1948 OR T1.Birth_Year = 1949
SELECT T1.Name FROM singer AS T1 WHERE T1.Birth_Year = 1948 OR T1.Birth_Year = 1949
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions DESC LIMIT 1
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
SELECT T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID GROUP BY T2.Singer_ID HAVING count(*) > 1
SELECT T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID GROUP BY T2.Singer_ID HAVING count(*) > 1
SELECT T1.Name, sum(T2.Sales) FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID GROUP BY T2.Singer_ID
SELECT T1.Name, sum(T2.Sales) FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID GROUP BY T1.Name
SELECT T1.Name FROM singer AS T1 WHERE T1.Singer_ID NOT IN (SELECT T2.Singer_ID FROM song AS T2)
SELECT T1.Name FROM singer AS T1 WHERE T1.Singer_ID NOT IN (SELECT T2.Singer_ID FROM song AS T2)
SELECT T1.Citizenship FROM singer AS T1 WHERE T1.Birth_Year < 1945 INTERSECT SELECT T2.Citizenship FROM singer AS T2 WHERE T2.Birth_Year > 1955
SELECT T1.Citizenship FROM singer AS T1 WHERE T1.Birth_Year < 1945 INTERSECT SELECT T2.Citizenship FROM singer AS T2 WHERE T2.Birth_Year > 1955
SELECT count(*) FROM Other_Available_Features AS T1
SELECT T1.feature_type_name FROM Ref_Feature_Types AS T1 WHERE T1.feature_type_name = 'AirCon'
SELECT T1.property_type_description FROM Ref_Property_Types AS T1 WHERE T1.property_type_code = 'value'
SELECT T1.property_name FROM Properties AS T1 WHERE T1.room_count > 1 OR T1.room_count > 'value'

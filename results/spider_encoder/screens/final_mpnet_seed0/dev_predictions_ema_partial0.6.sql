SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Name, T1.Country, T1.Age FROM singer AS T1 ORDER BY T1.Age
SELECT T1.Name, T1.Country, T1.Age FROM singer AS T1 ORDER BY T1.Age DESC
SELECT avg(T1.Age), min(T1.Age), max(T1.Age) FROM singer AS T1 WHERE T1.Country = 'France'
SELECT avg(T1.Age), min(T1.Age), max(T1.Age) FROM singer AS T1 WHERE T1.Country = 'French'
SELECT T1.Name, T1.Song_release_year FROM singer AS T1 ORDER BY T1.Age LIMIT 1
SELECT T1.Name, T1.Song_release_year FROM singer AS T1 ORDER BY T1.Age LIMIT 1
SELECT DISTINCT T1.Country FROM singer AS T1 WHERE T1.Age > 20
SELECT DISTINCT T1.Country FROM singer AS T1 WHERE T1.Age > 20
SELECT T1.Country, count(*) FROM singer AS T1 GROUP BY T1.Country
SELECT T1.Country, count(*) FROM singer AS T1 GROUP BY T1.Country
SELECT T1.Song_Name FROM singer AS T1 WHERE T1.Age > 'value'
SELECT T1.Song_Name FROM singer AS T1 WHERE T1.Age > (SELECT avg(T2.Age) FROM singer AS T2)
SELECT T1.Location, T1.Name FROM stadium AS T1 WHERE T1.Capacity BETWEEN 5000 AND 10000
SELECT T1.Location, T1.Name FROM stadium AS T1 WHERE T1.Capacity BETWEEN 5000 AND 10000
SELECT max(T1.Capacity), avg(T1.Capacity) FROM stadium AS T1
SELECT avg(T1.Capacity), max(T1.Capacity) FROM stadium AS T1
SELECT T1.Name, T1.Capacity FROM stadium AS T1 ORDER BY T1.Average DESC LIMIT 1
SELECT T1.Name, T1.Capacity FROM stadium AS T1 ORDER BY T1.Average DESC LIMIT 1
SELECT count(*) FROM concert AS T1 WHERE T1.Year = 2014 OR T1.Year = 2015
SELECT count(*) FROM concert AS T1 WHERE T1.Year = 2014 OR T1.Year = 2015
SELECT T1.Name, count(*) FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID GROUP BY T2.Stadium_ID
SELECT T1.Stadium_ID, count(*) FROM concert AS T1 GROUP BY T1.Stadium_ID
SELECT T1.Name, T1.Capacity FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID WHERE T2.Year > 2014 GROUP BY T2.Stadium_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name, T1.Capacity FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID WHERE T2.Year > 2013 GROUP BY T2.Stadium_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Year FROM concert AS T1 GROUP BY T1.Year ORDER BY count(*) DESC LIMIT 1
SELECT T1.Year FROM concert AS T1 GROUP BY T1.Year ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM stadium AS T1 WHERE T1.Stadium_ID NOT IN (SELECT T2.Stadium_ID FROM concert AS T2)
SELECT T1.Name FROM stadium AS T1 WHERE T1.Stadium_ID NOT IN (SELECT T2.Stadium_ID FROM concert AS T2)
SELECT T1.Country FROM singer AS T1 WHERE T1.Age > 40 INTERSECT SELECT T2.Country FROM singer AS T2 WHERE T2.Age < 30
SELECT T1.Name FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID WHERE T2.Year != 2014
SELECT T1.Name FROM stadium AS T1 WHERE T1.Stadium_ID NOT IN (SELECT T2.Stadium_ID FROM concert AS T2 WHERE T2.Year = 2014)
SELECT T3.Theme, T3.Theme, count(*) FROM singer_in_concert AS T1 JOIN singer AS T2 JOIN concert AS T3 ON T1.Singer_ID = T2.Singer_ID AND T1.concert_ID = T3.concert_ID GROUP BY T3.Theme
SELECT T2.Name, T3.Theme, count(*) FROM singer_in_concert AS T1 JOIN singer AS T2 JOIN concert AS T3 ON T1.Singer_ID = T2.Singer_ID AND T1.concert_ID = T3.concert_ID GROUP BY T1.Singer_ID
SELECT T3.Name, count(*) FROM singer_in_concert AS T1 JOIN concert AS T2 JOIN singer AS T3 ON T1.concert_ID = T2.concert_ID AND T1.Singer_ID = T3.Singer_ID GROUP BY T1.Singer_ID
SELECT T1.Name, count(*) FROM singer AS T1 JOIN singer_in_concert AS T2 ON T2.Singer_ID = T1.Singer_ID GROUP BY T1.Name
SELECT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T2 JOIN concert AS T3 ON T2.Singer_ID = T1.Singer_ID AND T2.concert_ID = T3.concert_ID WHERE T3.Year = 2014
SELECT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T2 JOIN concert AS T3 ON T2.Singer_ID = T1.Singer_ID AND T2.concert_ID = T3.concert_ID WHERE T3.concert_Name = 2014
SELECT T1.Name, T1.Country FROM singer AS T1 WHERE T1.Song_release_year = 'Hey'
SELECT T1.Name, T1.Country FROM singer AS T1 WHERE T1.Song_release_year LIKE '%Hey%'
SELECT T1.Name, T1.Location FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID WHERE T2.Year = 2014 INTERSECT SELECT T3.Name, T3.Location FROM stadium AS T3 JOIN concert AS T4 ON T4.Stadium_ID = T3.Stadium_ID WHERE T4.Year = 2015
SELECT T1.Name, T1.Location FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID WHERE T2.Year = 2014 INTERSECT SELECT T3.Name, T3.Location FROM stadium AS T3 JOIN concert AS T4 ON T4.Stadium_ID = T3.Stadium_ID WHERE T4.Year = 2015
SELECT count(*) FROM stadium AS T1 ORDER BY T1.Capacity DESC LIMIT 1
SELECT count(*) FROM stadium AS T1 ORDER BY T1.Capacity DESC LIMIT 1
SELECT count(*) FROM Pets AS T1 WHERE T1.weight > 10
SELECT count(*) FROM Pets AS T1 WHERE T1.weight > 10
SELECT T1.weight FROM Pets AS T1 ORDER BY T1.pet_age LIMIT 1
SELECT max(T1.weight) FROM Pets AS T1
SELECT max(T1.weight), max(T1.weight), T1.PetType FROM Pets AS T1 GROUP BY T1.PetType
SELECT max(T1.weight), max(T1.PetType), T1.PetType FROM Pets AS T1 GROUP BY T1.PetType
SELECT count(*) FROM Pets AS T1 JOIN Student AS T2 WHERE T2.Age > 20
SELECT count(*) FROM Pets AS T1 JOIN Student AS T2 WHERE T2.Age > 20
SELECT count(*) FROM Pets AS T1 JOIN Has_Pet AS T2 JOIN Student AS T3 ON T2.PetID = T1.PetID AND T2.StuID = T3.StuID WHERE T3.Sex = 'F' AND T3.Sex = 'value'
SELECT count(*) FROM Pets AS T1 JOIN Student AS T2 WHERE T2.Sex = 'value'
SELECT count(DISTINCT T1.PetType) FROM Pets AS T1
SELECT count(DISTINCT T1.PetType) FROM Pets AS T1
SELECT DISTINCT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 JOIN Pets AS T3 ON T2.StuID = T1.StuID AND T2.PetID = T3.PetID WHERE T3.pet_age = 'value' OR T3.pet_age = 'value'
SELECT DISTINCT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 JOIN Pets AS T3 ON T2.StuID = T1.StuID AND T2.PetID = T3.PetID WHERE T3.pet_age = 'value' OR T3.pet_age = 'value'
SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 JOIN Pets AS T3 ON T2.StuID = T1.StuID AND T2.PetID = T3.PetID WHERE T3.pet_age = 'value' INTERSECT SELECT T4.Fname FROM Student AS T4 JOIN Has_Pet AS T5 JOIN Pets AS T6 ON T5.StuID = T4.StuID AND T5.PetID = T6.PetID WHERE T6.pet_age = 'value'
SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 JOIN Pets AS T3 ON T2.StuID = T1.StuID AND T2.PetID = T3.PetID WHERE T3.PetType = 'value' INTERSECT SELECT T4.Fname FROM Student AS T4 JOIN Has_Pet AS T5 JOIN Pets AS T6 ON T5.StuID = T4.StuID AND T5.PetID = T6.PetID WHERE T6.PetType = 'value'
SELECT T1.Major, T1.Age FROM Student AS T1 EXCEPT SELECT T2.Major, T2.Major FROM Student AS T2 JOIN Has_Pet AS T3 JOIN Pets AS T4 ON T3.StuID = T2.StuID AND T3.PetID = T4.PetID WHERE T4.PetType = 'value'
SELECT T1.Major, T1.Age FROM Student AS T1 EXCEPT SELECT T3.Major, T3.Major FROM Has_Pet AS T2 JOIN Student AS T3 ON T2.StuID = T3.StuID WHERE T3.Age = 'value'
SELECT T1.StuID FROM Student AS T1 EXCEPT SELECT T2.StuID FROM Has_Pet AS T2 WHERE T2.PetID = 'value'
SELECT T1.StuID FROM Student AS T1 EXCEPT SELECT T2.StuID FROM Has_Pet AS T2 JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.pet_age = 'value'
SELECT T1.Fname, T1.Age FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T2.StuID FROM Has_Pet AS T2 JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = 'value')
SELECT T1.Fname FROM Student AS T1 WHERE T1.Sex = 'value' EXCEPT SELECT T2.Fname FROM Student AS T2 JOIN Has_Pet AS T3 JOIN Pets AS T4 ON T3.StuID = T2.StuID AND T3.PetID = T4.PetID WHERE T4.pet_age = 'value'
SELECT T1.PetType, T1.weight FROM Pets AS T1 ORDER BY T1.pet_age LIMIT 1
SELECT T1.PetType, T1.weight FROM Pets AS T1 ORDER BY T1.weight DESC LIMIT 1
SELECT T1.PetID, T1.weight FROM Pets AS T1 WHERE T1.pet_age > 1
SELECT T1.PetID, T1.weight FROM Pets AS T1 WHERE T1.pet_age > 1
SELECT avg(T1.pet_age), max(T1.pet_age), T1.PetType FROM Pets AS T1 GROUP BY T1.PetType
SELECT T1.PetType, avg(T1.pet_age), max(T1.pet_age) FROM Pets AS T1 GROUP BY T1.PetType
SELECT avg(T1.weight), T1.PetType FROM Pets AS T1 GROUP BY T1.PetType
SELECT avg(T1.weight), T1.PetType FROM Pets AS T1 GROUP BY T1.PetType
SELECT DISTINCT T1.Fname, T1.Age FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID
SELECT DISTINCT T1.Fname, T1.Age FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID
SELECT T1.PetID FROM Pets AS T1 JOIN Has_Pet AS T2 JOIN Student AS T3 ON T2.PetID = T1.PetID AND T2.StuID = T3.StuID WHERE T3.LName = 'Smith'
SELECT T1.PetID FROM Pets AS T1 JOIN Has_Pet AS T2 JOIN Student AS T3 ON T2.PetID = T1.PetID AND T2.StuID = T3.StuID WHERE T3.LName = 'Smith'
SELECT count(*), T1.StuID FROM Has_Pet AS T1 GROUP BY T1.StuID
SELECT count(*), T1.pet_age FROM Pets AS T1 JOIN Has_Pet AS T2 ON T2.PetID = T1.PetID GROUP BY T1.PetID
SELECT T1.Fname, T1.Sex FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID GROUP BY T1.StuID HAVING count(*) > 1
SELECT T1.Fname, T1.Sex FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID GROUP BY T2.StuID HAVING count(*) > 1
SELECT T1.LName FROM Student AS T1 JOIN Has_Pet AS T2 JOIN Pets AS T3 ON T2.StuID = T1.StuID AND T2.PetID = T3.PetID WHERE T3.pet_age = 3 AND T1.Age = 'value'
SELECT T1.LName FROM Student AS T1 JOIN Has_Pet AS T2 JOIN Pets AS T3 ON T2.StuID = T1.StuID AND T2.PetID = T3.PetID WHERE T3.pet_age = 3 AND T1.Age = 'value'
SELECT avg(T1.Age) FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T2.StuID FROM Has_Pet AS T2)
SELECT avg(T1.Age) FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T2.StuID FROM Has_Pet AS T2)
SELECT count(*) FROM continents AS T1
SELECT count(*) FROM continents AS T1
SELECT T2.Continent, count(*) FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContId GROUP BY T1.Continent
SELECT T2.ContId, T2.Continent, count(*) FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContId GROUP BY T2.ContId
SELECT count(*) FROM countries AS T1
SELECT count(*) FROM countries AS T1
SELECT T1.FullName, count(*), T1.Maker FROM car_makers AS T1 GROUP BY T1.Maker
SELECT T1.FullName, T1.Maker, count(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T2.Maker = T1.Id GROUP BY T1.Id
SELECT T2.Model FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId WHERE T1.Horsepower = 'value' ORDER BY T1.Horsepower LIMIT 1
SELECT T2.Model FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId WHERE T1.Horsepower = (SELECT min(T3.Horsepower) FROM cars_data AS T3)
SELECT T2.Model FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId WHERE T1.Weight < (SELECT avg(T3.Weight) FROM cars_data AS T3)
SELECT T2.Model FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId WHERE T1.Weight < (SELECT avg(T3.Weight) FROM cars_data AS T3)
SELECT T1.Maker FROM car_makers AS T1 JOIN cars_data AS T2 WHERE T2.Year = 1970
SELECT DISTINCT T1.Maker FROM car_makers AS T1 WHERE T1.FullName = 1970
SELECT T2.Make, T2.Make FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId ORDER BY T1.Year LIMIT 1
SELECT T1.Maker, T1.FullName FROM car_makers AS T1 JOIN car_makers AS T2 ORDER BY T1.FullName LIMIT 1
SELECT DISTINCT T2.Model FROM model_list AS T1 JOIN car_names AS T2 ON T2.Model = T1.Model WHERE T2.Make > 1980
SELECT DISTINCT T1.Model FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id WHERE T2.FullName >= 1980
SELECT T2.Maker, count(*) FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T1.Continent
SELECT T3.Continent, count(*) FROM countries AS T1 JOIN countries AS T2 JOIN continents AS T3 ON T1.Continent = T3.ContId GROUP BY T3.Continent
SELECT T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T2.Country ORDER BY count(*) DESC LIMIT 1
SELECT T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T1.CountryName ORDER BY count(*) DESC LIMIT 1
SELECT T1.Maker, count(*) FROM car_makers AS T1 GROUP BY T1.Maker
SELECT count(*), T1.Id FROM car_makers AS T1 JOIN model_list AS T2 ON T2.Maker = T1.Id GROUP BY T1.Id
SELECT T1.Accelerate FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId WHERE T2.Make = 'value'
SELECT max(T1.Accelerate) FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId WHERE T2.Make = 'value'
SELECT count(DISTINCT T1.Maker) FROM car_makers AS T1 WHERE T1.Country = 'value'
SELECT count(DISTINCT T1.Maker) FROM car_makers AS T1 WHERE T1.Country = 'France'
SELECT count(*) FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id WHERE T2.Country = 'value'
SELECT count(*) FROM countries AS T1 JOIN model_list AS T2 WHERE T1.CountryName = 'United States'
SELECT avg(T1.MPG) FROM cars_data AS T1 WHERE T1.Cylinders = 4
SELECT avg(T1.Year) FROM cars_data AS T1 WHERE T1.Cylinders = 4
SELECT min(T1.Weight) FROM cars_data AS T1 WHERE T1.Cylinders = 8
SELECT min(T1.Weight) FROM cars_data AS T1 WHERE T1.Cylinders = 8
SELECT T2.Maker, T1.Model FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id
SELECT T2.Maker, T1.Model FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id
SELECT T1.CountryName, T1.CountryId FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T1.CountryId HAVING count(*) >= 1
SELECT T1.CountryName, T2.Country FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T2.Country HAVING count(*) >= 1
SELECT count(*) FROM cars_data AS T1 WHERE T1.Horsepower > 150
SELECT count(*) FROM cars_data AS T1 WHERE T1.Horsepower > 150
SELECT avg(T1.Weight), T1.Year FROM cars_data AS T1 GROUP BY T1.Year
SELECT avg(T1.Weight), avg(T1.Year), T1.Year FROM cars_data AS T1 GROUP BY T1.Year
SELECT T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T2.Country HAVING count(*) >= 3
SELECT T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T2.Country HAVING count(*) >= 3
SELECT max(T1.Horsepower), T2.Make FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId WHERE T1.Cylinders = 3
SELECT max(T1.Horsepower), T1.Cylinders FROM cars_data AS T1 WHERE T1.Cylinders = 3
SELECT T1.Model FROM model_list AS T1 JOIN car_names AS T2 ON T2.Model = T1.Model GROUP BY T2.Model, T1.Model ORDER BY count(*) DESC LIMIT 1
SELECT T2.Model FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId ORDER BY T1.MPG DESC LIMIT 1
SELECT avg(T1.Horsepower) FROM cars_data AS T1 WHERE T1.Year < 1980
SELECT avg(T1.Horsepower) FROM cars_data AS T1 WHERE T1.Year < 1980
SELECT avg(T1.Edispl) FROM cars_data AS T1 JOIN car_names AS T2 JOIN model_list AS T3 ON T1.Id = T2.MakeId AND T2.Model = T3.Model WHERE T3.Model = 'value'
SELECT avg(T2.Edispl) FROM car_makers AS T1 JOIN cars_data AS T2
SELECT max(T1.Accelerate), T1.Cylinders FROM cars_data AS T1 GROUP BY T1.Cylinders
SELECT max(T1.Accelerate), T1.Cylinders FROM cars_data AS T1 GROUP BY T1.Cylinders
SELECT T1.Model FROM car_names AS T1 GROUP BY T1.Model ORDER BY count(*) DESC LIMIT 1
SELECT T1.Model, count(*) FROM model_list AS T1 GROUP BY T1.Model ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders > 4
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders > 4
SELECT count(*) FROM cars_data AS T1 WHERE T1.Year = 1980
SELECT count(*) FROM car_names AS T1 WHERE T1.Make = 1980
SELECT count(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T2.Maker = T1.Id WHERE T1.FullName = 'American Motor Company'
SELECT count(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T2.Maker = T1.Id WHERE T1.Country = 'American Motor Company'
SELECT T1.FullName, T1.FullName FROM car_makers AS T1 JOIN model_list AS T2 ON T2.Maker = T1.Id GROUP BY T1.Id HAVING count(*) > 3
SELECT T2.Maker, T2.Id FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id GROUP BY T1.Maker HAVING count(*) > 3
SELECT T2.Model FROM car_makers AS T1 JOIN model_list AS T2 ON T2.Maker = T1.Id WHERE T1.FullName = 'General Motors' OR T1.FullName > 3500
SELECT DISTINCT T2.Model FROM car_makers AS T1 JOIN model_list AS T2 ON T2.Maker = T1.Id WHERE T1.Maker = 'General Motors' OR T1.Maker > 3500
SELECT T1.Year FROM cars_data AS T1 WHERE T1.Weight < 3000 INTERSECT SELECT T2.Year FROM cars_data AS T2 WHERE T2.Weight < 4000
SELECT DISTINCT T1.Year FROM cars_data AS T1 WHERE T1.Weight < 4000 INTERSECT SELECT T2.Year FROM cars_data AS T2 WHERE T2.Weight > 3000
SELECT T1.Horsepower FROM cars_data AS T1 ORDER BY T1.Accelerate DESC LIMIT 1
SELECT T1.Horsepower FROM cars_data AS T1 ORDER BY T1.Accelerate DESC LIMIT 1
SELECT T1.Cylinders FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId WHERE T1.Accelerate = 'value' GROUP BY T1.Cylinders ORDER BY count(*) LIMIT 1
SELECT T1.Cylinders FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId WHERE T1.Accelerate = 'value' GROUP BY T1.Cylinders ORDER BY count(*) LIMIT 1
SELECT count(*) FROM cars_data AS T1 WHERE T1.Horsepower > (SELECT max(T2.Horsepower) FROM cars_data AS T2)
SELECT count(*) FROM cars_data AS T1 WHERE T1.Accelerate > (SELECT max(T2.Horsepower) FROM cars_data AS T2)
SELECT count(*) FROM car_makers AS T1 GROUP BY T1.Country HAVING count(*) > 2
SELECT count(*) FROM car_makers AS T1 JOIN countries AS T2 ON T1.Country = T2.CountryId GROUP BY T2.CountryName HAVING count(*) > 2
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders > 6
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders = 6
SELECT T1.Cylinders FROM cars_data AS T1 WHERE T1.Horsepower = 4 ORDER BY T1.Horsepower DESC LIMIT 1
SELECT T1.Cylinders FROM cars_data AS T1 WHERE T1.Horsepower = 4
SELECT T1.Horsepower, T1.Horsepower FROM cars_data AS T1 WHERE T1.Cylinders > 3 EXCEPT SELECT T2.Horsepower, T2.Horsepower FROM cars_data AS T2 JOIN cars_data AS T3 GROUP BY T2.Horsepower HAVING count(*) < 'value'
SELECT T1.Id, T2.Make FROM cars_data AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId EXCEPT SELECT T3.Id, T5.Make FROM cars_data AS T3 JOIN cars_data AS T4 JOIN car_names AS T5 ON T3.Id = T5.MakeId WHERE T3.Cylinders < 4
SELECT max(T1.Cylinders) FROM cars_data AS T1 WHERE T1.Cylinders >= 8 OR T1.Cylinders > 1980
SELECT max(T1.MPG) FROM cars_data AS T1 WHERE T1.Cylinders = 8 OR T1.Cylinders < 1980
SELECT T1.Model FROM model_list AS T1 JOIN car_names AS T2 ON T2.Model = T1.Model WHERE T2.Make < 3500 EXCEPT SELECT T3.Model FROM model_list AS T3 JOIN car_names AS T4 ON T4.Model = T3.Model WHERE T4.Make = 'Ford Motor Company'
SELECT DISTINCT T1.Model FROM model_list AS T1 JOIN car_names AS T2 ON T2.Model = T1.Model WHERE T2.Make = 'Ford Motor Company' AND T2.Make != 3500
SELECT T1.CountryName FROM countries AS T1 EXCEPT SELECT T2.CountryName FROM countries AS T2 JOIN car_makers AS T3 ON T3.Country = T2.CountryId
SELECT T1.CountryName FROM countries AS T1 WHERE T1.CountryId NOT IN (SELECT T2.Country FROM car_makers AS T2)
SELECT T2.Maker, T2.Id FROM model_list AS T1 JOIN car_makers AS T2 ON T1.Maker = T2.Id GROUP BY T2.Id HAVING count(*) > 2
SELECT T1.Id, T1.Maker FROM car_makers AS T1 JOIN model_list AS T2 ON T2.Maker = T1.Id GROUP BY T1.Id HAVING count(*) > 2
SELECT T2.Country, T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId WHERE T2.Maker = 'fiat' GROUP BY T2.Country HAVING count(*) > 3
SELECT T2.Country, T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId WHERE T2.Maker = 3 GROUP BY T2.Country HAVING count(*) >= 'value'
SELECT T1.Country FROM airlines AS T1 WHERE T1.Airline = 'JetBlue Airways'
SELECT T1.Country FROM airports AS T1 WHERE T1.AirportName = 'Jetblue Airways'
SELECT T1.Abbreviation FROM airlines AS T1 WHERE T1.Airline = 'JetBlue Airways'
SELECT T1.Abbreviation FROM airlines AS T1 WHERE T1.Airline = 'Jetblue Airways'
SELECT T1.Airline, T1.Abbreviation FROM airlines AS T1 WHERE T1.Country = 'USA'
SELECT T1.Airline, T1.Abbreviation FROM airlines AS T1 WHERE T1.Country = 'USA'
SELECT T1.AirportCode, T1.City FROM airports AS T1 WHERE T1.City = 'Anthony'
SELECT T1.AirportCode, T1.AirportName FROM airports AS T1 WHERE T1.City = 'Anthony'
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airports AS T1
SELECT count(*) FROM airports AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT T1.Abbreviation FROM airlines AS T1 WHERE T1.Abbreviation LIKE '%UAL%'
SELECT T1.Abbreviation FROM airlines AS T1 WHERE T1.Abbreviation = 'UAL'
SELECT count(*) FROM airlines AS T1 WHERE T1.Country = 'USA'
SELECT count(*) FROM airlines AS T1 WHERE T1.Country = 'USA'
SELECT T1.City, T1.Country FROM airports AS T1 WHERE T1.AirportName = 'Alton'
SELECT T1.City, T1.Country FROM airports AS T1 WHERE T1.AirportName = 'Alton'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportName = 'AKO'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportCode = 'AKO'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.City = 'Aberdeen'
SELECT T1.AirportName FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode WHERE T1.AirportName = 'Aberdeen'
SELECT count(*) FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode WHERE T1.Country = 'APG'
SELECT count(*) FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode WHERE T1.Country = 'APG'
SELECT count(*) FROM flights AS T1 JOIN flights AS T2 WHERE T1.DestAirport = 'ATO'
SELECT count(*) FROM flights AS T1 JOIN flights AS T2 WHERE T1.FlightNo = 'value'
SELECT count(*) FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode WHERE T1.City = 'City Aberdeen'
SELECT * FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = 'Aberdeen'
SELECT count(*) FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode WHERE T1.City = 'Aberdeen'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = 'Aberdeen'
SELECT count(*) FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode WHERE T1.City = 'Aberdeen' AND T1.City = 'Ashley'
SELECT count(*) FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode WHERE T1.AirportName = 'Aberdeen' AND T1.AirportName = 'Ashley'
SELECT count(*) FROM airlines AS T1 JOIN flights AS T2 WHERE T1.Airline = 'JetBlue Airways'
SELECT count(*) FROM flights AS T1 WHERE T1.FlightNo = 'value'
SELECT count(*) FROM airlines AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T2.DestAirport = T3.AirportCode WHERE T3.AirportName = 'United Airlines'
SELECT count(*) FROM airlines AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T2.DestAirport = T3.AirportCode WHERE T3.AirportName = 'United Airlines'
SELECT count(*) FROM airports AS T1 JOIN flights AS T2 JOIN airlines AS T3 ON T2.DestAirport = T1.AirportCode WHERE T1.AirportName = 'United Airlines' AND T1.AirportName = 'AHD'
SELECT count(*) FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode WHERE T1.AirportName = 'United Airlines'
SELECT count(*) FROM airlines AS T1 JOIN airports AS T2 JOIN airports AS T3 WHERE T2.City = 'Aberdeen' AND T2.City = 'United Airlines'
SELECT count(*) FROM airlines AS T1 JOIN airports AS T2 JOIN airlines AS T3 WHERE T1.Airline = 'United Airlines'
SELECT T1.City FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.City FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.City FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.City FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode GROUP BY T1.AirportCode ORDER BY count(*) DESC LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode GROUP BY T1.AirportCode ORDER BY count(*) DESC LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 GROUP BY T1.AirportCode ORDER BY count(*) LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode GROUP BY T2.SourceAirport ORDER BY count(*) LIMIT 1
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 GROUP BY T1.Airline ORDER BY count(*) DESC LIMIT 1
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 GROUP BY T1.Airline ORDER BY count(*) DESC LIMIT 1
SELECT T1.Abbreviation, T1.Country FROM airlines AS T1 JOIN airports AS T2 GROUP BY T1.Abbreviation ORDER BY count(*) LIMIT 1
SELECT T3.Abbreviation, T3.Country FROM airports AS T1 JOIN flights AS T2 JOIN airlines AS T3 ON T2.DestAirport = T1.AirportCode GROUP BY T3.Abbreviation ORDER BY count(*) LIMIT 1
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T2.DestAirport = T3.AirportCode WHERE T3.AirportName = 'AHD'
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 JOIN flights AS T3 WHERE T2.SourceAirport = 'AHD'
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T2.DestAirport = T3.AirportCode WHERE T3.AirportName = 'AHD'
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 JOIN flights AS T3 WHERE T2.DestAirport = 'AHD'
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T2.DestAirport = T3.AirportCode WHERE T3.AirportName = 'APG' INTERSECT SELECT T4.Airline FROM airlines AS T4 JOIN flights AS T5 JOIN airports AS T6 ON T5.DestAirport = T6.AirportCode WHERE T6.AirportName = 'CVO'
SELECT T3.Airline FROM airports AS T1 JOIN flights AS T2 JOIN airlines AS T3 ON T2.DestAirport = T1.AirportCode WHERE T1.AirportName = 'APG' INTERSECT SELECT T6.Airline FROM airports AS T4 JOIN flights AS T5 JOIN airlines AS T6 ON T5.DestAirport = T4.AirportCode WHERE T4.AirportName = 'CVO'
SELECT DISTINCT T2.Airline FROM airlines AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T2.DestAirport = T3.AirportCode WHERE T3.AirportName != 'CVO'
SELECT DISTINCT T1.Airline FROM airlines AS T1 JOIN flights AS T2 JOIN airports AS T3 ON T2.DestAirport = T3.AirportCode WHERE T3.AirportName = 'CVO' EXCEPT SELECT T4.Airline FROM airlines AS T4 JOIN flights AS T5 JOIN airports AS T6 ON T5.DestAirport = T6.AirportCode WHERE T6.AirportName = 'APG'
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 GROUP BY T1.Airline HAVING count(*) >= 10
SELECT T1.Airline FROM airlines AS T1 JOIN airports AS T2 GROUP BY T1.Airline HAVING count(*) >= 10
SELECT T1.Airline FROM airlines AS T1 GROUP BY T1.Airline HAVING count(*) < 200
SELECT T1.Airline FROM airlines AS T1
SELECT T2.FlightNo FROM airlines AS T1 JOIN flights AS T2 WHERE T1.Airline = 'United Airlines'
SELECT T1.FlightNo FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.Country = 'United Airlines'
SELECT T1.FlightNo FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = 'APG'
SELECT T1.FlightNo FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = 'APG'
SELECT T1.FlightNo FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = 'APG'
SELECT T1.FlightNo FROM flights AS T1 WHERE T1.FlightNo = 'value'
SELECT T1.FlightNo FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.City = 'Aberdeen '
SELECT T1.FlightNo FROM flights AS T1 JOIN airports AS T2 JOIN airlines AS T3 ON T1.DestAirport = T2.AirportCode WHERE T3.Airline = 'Aberdeen'
SELECT T2.FlightNo FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode WHERE T1.City = 'Aberdeen'
SELECT T1.FlightNo FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = 'Aberdeen'
SELECT count(*) FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode WHERE T1.City = 'Aberdeen' OR T1.City = 'Abilene'
SELECT count(*) FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode WHERE T1.Country = 'Aberdeen' OR T1.Country = 'Abilene'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportCode NOT IN (SELECT T2.SourceAirport FROM flights AS T2)
SELECT T1.AirportName FROM airports AS T1 EXCEPT SELECT T2.AirportName FROM airports AS T2 JOIN flights AS T3 ON T3.DestAirport = T2.AirportCode WHERE T2.Country = 'value'
SELECT count(*) FROM employee AS T1
SELECT count(*) FROM employee AS T1
SELECT T1.Name FROM employee AS T1 ORDER BY T1.Age
SELECT T1.Name FROM employee AS T1 ORDER BY T1.Age
SELECT T1.City, count(*) FROM employee AS T1 GROUP BY T1.City
SELECT T1.City, count(*) FROM employee AS T1 GROUP BY T1.City
SELECT T1.City FROM employee AS T1 WHERE T1.Age < 1 GROUP BY T1.City HAVING count(*) >= 30
SELECT T1.City FROM employee AS T1 WHERE T1.Age > 1 GROUP BY T1.City HAVING count(*) >= 30
SELECT T1.Location, count(*) FROM shop AS T1 GROUP BY T1.Location
SELECT T1.Location, count(*) FROM shop AS T1 GROUP BY T1.Location
SELECT T1.Manager_name, T1.District FROM shop AS T1 ORDER BY T1.Number_products DESC LIMIT 1
SELECT T1.Manager_name, T1.District FROM shop AS T1 ORDER BY T1.Number_products DESC LIMIT 1
SELECT min(T1.Number_products), max(T1.Number_products) FROM shop AS T1
SELECT min(T1.Number_products), max(T1.Number_products) FROM shop AS T1
SELECT T1.Name, T1.Location, T1.District FROM shop AS T1 GROUP BY T1.District ORDER BY count(*) DESC
SELECT T1.Name, T1.Location, T1.Number_products FROM shop AS T1 ORDER BY T1.District DESC
SELECT T1.Name FROM shop AS T1 WHERE T1.Number_products > (SELECT avg(T2.Number_products) FROM shop AS T2)
SELECT T1.Name FROM shop AS T1 WHERE T1.Number_products > (SELECT avg(T2.Number_products) FROM shop AS T2)
SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T2.Employee_ID = T1.Employee_ID GROUP BY T2.Employee_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T2.Employee_ID = T1.Employee_ID GROUP BY T2.Employee_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T2.Employee_ID = T1.Employee_ID WHERE T2.Bonus = (SELECT max(T3.Bonus) FROM evaluation AS T3)
SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T2.Employee_ID = T1.Employee_ID ORDER BY T2.Bonus DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 WHERE T1.Employee_ID NOT IN (SELECT T2.Employee_ID FROM evaluation AS T2)
SELECT T1.Name FROM employee AS T1 WHERE T1.Employee_ID NOT IN (SELECT T2.Employee_ID FROM evaluation AS T2)
SELECT T2.Name FROM hiring AS T1 JOIN shop AS T2 JOIN employee AS T3 ON T1.Shop_ID = T2.Shop_ID AND T1.Employee_ID = T3.Employee_ID GROUP BY T1.Shop_ID ORDER BY count(*) DESC LIMIT 1
SELECT T2.Name FROM hiring AS T1 JOIN shop AS T2 JOIN shop AS T3 ON T1.Shop_ID = T2.Shop_ID AND T1.Shop_ID = T3.Shop_ID GROUP BY T1.Shop_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM shop AS T1 WHERE T1.Shop_ID NOT IN (SELECT T2.Shop_ID FROM hiring AS T2)
SELECT T1.Name FROM shop AS T1 WHERE T1.Shop_ID NOT IN (SELECT T2.Shop_ID FROM hiring AS T2)
SELECT count(*), T2.Name FROM hiring AS T1 JOIN shop AS T2 JOIN shop AS T3 ON T1.Shop_ID = T2.Shop_ID AND T1.Shop_ID = T3.Shop_ID GROUP BY T2.Name
SELECT T2.Name, count(*) FROM hiring AS T1 JOIN shop AS T2 JOIN shop AS T3 ON T1.Shop_ID = T2.Shop_ID AND T1.Shop_ID = T3.Shop_ID GROUP BY T1.Shop_ID
SELECT sum(T1.Bonus) FROM evaluation AS T1
SELECT sum(T1.Bonus) FROM evaluation AS T1
SELECT * FROM hiring AS T1
SELECT * FROM hiring AS T1
SELECT T1.District FROM shop AS T1 WHERE T1.Number_products < 3000 INTERSECT SELECT T2.District FROM shop AS T2 WHERE T2.Number_products < 10000
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
SELECT count(*) FROM Documents AS T1 JOIN Templates AS T2 JOIN Ref_Template_Types AS T3 ON T1.Template_ID = T2.Template_ID AND T2.Template_Type_Code = T3.Template_Type_Code WHERE T3.Template_Type_Description = 'PPT'
SELECT T1.Template_ID, count(*) FROM Documents AS T1 GROUP BY T1.Template_ID
SELECT T1.Template_ID, count(*) FROM Documents AS T1 GROUP BY T1.Template_ID
SELECT T2.Template_ID, T2.Template_Type_Code FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID GROUP BY T1.Template_ID ORDER BY count(*) DESC LIMIT 1
SELECT T2.Template_ID, T2.Template_Type_Code FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID GROUP BY T1.Template_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_ID FROM Documents AS T1 GROUP BY T1.Template_ID HAVING count(*) > 1
SELECT T1.Template_ID FROM Documents AS T1 GROUP BY T1.Template_ID HAVING count(*) > 'value'
SELECT T1.Template_ID FROM Documents AS T1 EXCEPT SELECT T2.Template_ID FROM Documents AS T2
SELECT T1.Template_ID FROM Templates AS T1 EXCEPT SELECT T2.Template_ID FROM Documents AS T2
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT T1.Template_Type_Code, T1.Version_Number, T1.Template_Type_Code FROM Templates AS T1
SELECT T1.Template_ID, T1.Version_Number, T1.Template_Type_Code FROM Templates AS T1
SELECT DISTINCT T1.Template_Type_Code FROM Templates AS T1
SELECT DISTINCT T1.Template_Type_Code FROM Templates AS T1
SELECT T1.Template_ID FROM Templates AS T1 WHERE T1.Template_Type_Code = 'PP' OR T1.Template_Type_Code = 'PPT'
SELECT T1.Template_ID FROM Templates AS T1 WHERE T1.Template_Type_Code = 'PP' OR T1.Template_Type_Code = 'PPT'
SELECT count(*) FROM Templates AS T1 WHERE T1.Template_Type_Code = 'CV'
SELECT count(*) FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'CV'
SELECT T1.Version_Number, T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Version_Number > 5
SELECT T1.Version_Number, T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Version_Number > 5
SELECT T1.Template_Type_Code, count(*) FROM Templates AS T1 GROUP BY T1.Template_Type_Code
SELECT T1.Template_Type_Code, count(*) FROM Templates AS T1 GROUP BY T1.Template_Type_Code
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code HAVING count(*) < 3
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code HAVING count(*) < 3
SELECT min(T1.Version_Number), T1.Template_Type_Code FROM Templates AS T1
SELECT min(T1.Version_Number), T1.Template_Type_Code FROM Templates AS T1
SELECT T2.Template_Type_Code FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T1.Document_Name = 'Data base'
SELECT T2.Template_Type_Code FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T1.Document_Name = T1.Document_Name
SELECT T1.Document_Name FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Template_Type_Code = 'BK'
SELECT T1.Document_Name FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Template_Type_Code = 'BK'
SELECT T1.Template_Type_Code, count(*) FROM Templates AS T1 GROUP BY T1.Template_Type_Code
SELECT T1.Template_Type_Code, count(*) FROM Templates AS T1 GROUP BY T1.Template_Type_Code
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T2.Template_Type_Code FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID GROUP BY T2.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 EXCEPT SELECT T2.Template_Type_Code FROM Templates AS T2
SELECT T1.Template_Type_Code FROM Templates AS T1 EXCEPT SELECT T2.Template_Type_Code FROM Templates AS T2
SELECT T1.Template_Type_Code, T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT T1.Template_Type_Code, T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Code = 'AD'
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Code = 'AD'
SELECT T1.Template_Type_Code FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'Book'
SELECT T1.Template_Type_Code FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'Book'
SELECT DISTINCT T3.Template_Type_Description FROM Documents AS T1 JOIN Templates AS T2 JOIN Ref_Template_Types AS T3 ON T1.Template_ID = T2.Template_ID AND T2.Template_Type_Code = T3.Template_Type_Code
SELECT DISTINCT T1.Document_Description FROM Documents AS T1
SELECT T2.Template_ID FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T2.Template_Type_Code = T1.Template_Type_Code WHERE T1.Template_Type_Description = 'Presentation'
SELECT T1.Document_ID FROM Documents AS T1 JOIN Templates AS T2 JOIN Ref_Template_Types AS T3 ON T1.Template_ID = T2.Template_ID AND T2.Template_Type_Code = T3.Template_Type_Code WHERE T3.Template_Type_Description = 'Presentation'
SELECT count(*) FROM Paragraphs AS T1
SELECT count(*) FROM Paragraphs AS T1
SELECT count(*) FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Document_Name = 'Summer Show'
SELECT count(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID WHERE T1.Document_Name = 'Summer Show'
SELECT T1.Other_Details FROM Paragraphs AS T1 WHERE T1.Paragraph_Text LIKE '%Korea %'
SELECT T1.Other_Details FROM Paragraphs AS T1 WHERE T1.Paragraph_Text LIKE '%Korea %'
SELECT T1.Paragraph_ID, T1.Paragraph_Text FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Document_Name = 'Welcome to NY'
SELECT T2.Document_ID, T1.Paragraph_Text FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Document_Name = 'Welcome to NY'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Document_Name = 'Customer reviews'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Document_Name = 'Customer reviews'
SELECT T1.Document_ID, count(*) FROM Paragraphs AS T1 GROUP BY T1.Document_ID ORDER BY count(*)
SELECT T1.Document_ID, count(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T1.Document_ID ORDER BY count(*)
SELECT T1.Document_ID, T1.Document_Name, count(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T1.Document_ID
SELECT T1.Document_ID, T1.Document_Name, count(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T2.Document_ID
SELECT T1.Document_ID FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T2.Document_ID HAVING count(*) >= 2
SELECT T1.Document_ID FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T2.Document_ID HAVING count(*) >= 2
SELECT T1.Document_ID, T1.Document_Name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T1.Document_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Document_ID, T1.Document_Name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T1.Document_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Document_ID FROM Paragraphs AS T1 GROUP BY T1.Document_ID ORDER BY count(*) LIMIT 1
SELECT T1.Document_ID FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T2.Document_ID ORDER BY count(*) LIMIT 1
SELECT T1.Document_ID FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T2.Document_ID HAVING count(*) >= 1
SELECT T1.Document_ID FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T2.Document_ID HAVING count(*) BETWEEN 1 AND 2
SELECT T1.Document_ID FROM Paragraphs AS T1 INTERSECT SELECT T2.Document_ID FROM Paragraphs AS T2 WHERE T2.Paragraph_Text = 'Brazil'
SELECT T1.Document_ID FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID WHERE T2.Paragraph_Text LIKE '%Brazil%' INTERSECT SELECT T3.Document_ID FROM Paragraphs AS T3 WHERE T3.Paragraph_Text != 'Ireland'
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
SELECT T1.Hometown FROM teacher AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Age LIMIT 1
SELECT T1.Hometown, count(*) FROM teacher AS T1 GROUP BY T1.Hometown
SELECT T1.Hometown, count(*) FROM teacher AS T1 GROUP BY T1.Hometown
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown HAVING count(*) >= 2
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown HAVING count(*) >= 2
SELECT T2.Name, T3.Course FROM course_arrange AS T1 JOIN teacher AS T2 JOIN course AS T3 ON T1.Teacher_ID = T2.Teacher_ID AND T1.Course_ID = T3.Course_ID
SELECT T2.Name, T4.Course FROM course_arrange AS T1 JOIN teacher AS T2 JOIN teacher AS T3 JOIN course AS T4 ON T1.Teacher_ID = T2.Teacher_ID AND T1.Teacher_ID = T3.Teacher_ID AND T1.Course_ID = T4.Course_ID
SELECT T3.Name, T2.Course FROM course_arrange AS T1 JOIN course AS T2 JOIN teacher AS T3 ON T1.Course_ID = T2.Course_ID AND T1.Teacher_ID = T3.Teacher_ID ORDER BY T3.Name
SELECT T2.Name, T4.Course FROM course_arrange AS T1 JOIN teacher AS T2 JOIN teacher AS T3 JOIN course AS T4 ON T1.Teacher_ID = T2.Teacher_ID AND T1.Teacher_ID = T3.Teacher_ID AND T1.Course_ID = T4.Course_ID ORDER BY T2.Name
SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 JOIN course AS T3 ON T1.Teacher_ID = T2.Teacher_ID AND T1.Course_ID = T3.Course_ID WHERE T3.Course = 'value'
SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 JOIN course AS T3 ON T1.Teacher_ID = T2.Teacher_ID AND T1.Course_ID = T3.Course_ID WHERE T3.Course = 'value'
SELECT T2.Name, count(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID
SELECT T2.Name, count(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID
SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID HAVING count(*) >= 2
SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID HAVING count(*) >= 2
SELECT T1.Name FROM teacher AS T1 WHERE T1.Teacher_ID NOT IN (SELECT T2.Teacher_ID FROM course_arrange AS T2)
SELECT T1.Name FROM teacher AS T1 WHERE T1.Teacher_ID NOT IN (SELECT T2.Teacher_ID FROM course_arrange AS T2)
SELECT count(*) FROM visitor AS T1 WHERE T1.Age < 30
SELECT T1.Name FROM visitor AS T1 JOIN visit AS T2 ON T2.visitor_ID = T1.ID WHERE T1.Level_of_membership > 4 ORDER BY T1.Level_of_membership
SELECT avg(T1.Age) FROM visitor AS T1 WHERE T1.Level_of_membership >= 4
SELECT T1.Name, T1.Level_of_membership FROM visitor AS T1 WHERE T1.Age > 4 ORDER BY T1.Age
SELECT T1.Museum_ID, T1.Name FROM museum AS T1 ORDER BY T1.Num_of_Staff DESC LIMIT 1
SELECT avg(T1.Num_of_Staff) FROM museum AS T1 WHERE T1.Open_Year < 2009
SELECT T1.Open_Year, T1.Num_of_Staff FROM museum AS T1 WHERE T1.Name = 'Plaza Museum'
SELECT T1.Name FROM museum AS T1 WHERE T1.Num_of_Staff > (SELECT min(T2.Num_of_Staff) FROM museum AS T2 WHERE T2.Num_of_Staff > 2010)
SELECT T1.Museum_ID, T2.Name, T2.Age FROM visit AS T1 JOIN visitor AS T2 ON T1.visitor_ID = T2.ID GROUP BY T1.Museum_ID HAVING count(*) > 'value'
SELECT T2.Museum_ID, T1.Name, T1.Level_of_membership FROM visitor AS T1 JOIN visit AS T2 ON T2.visitor_ID = T1.ID GROUP BY T2.Museum_ID ORDER BY sum(T2.Total_spent) DESC LIMIT 1
SELECT T1.Museum_ID, T2.Name FROM visit AS T1 JOIN museum AS T2 ON T1.Museum_ID = T2.Museum_ID GROUP BY T1.Museum_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM museum AS T1 WHERE T1.Museum_ID NOT IN (SELECT T2.Museum_ID FROM visit AS T2)
SELECT T1.Name, T1.Age FROM visitor AS T1 JOIN visit AS T2 ON T2.visitor_ID = T1.ID ORDER BY T2.Num_of_Ticket DESC LIMIT 1
SELECT avg(T1.Num_of_Ticket), max(T1.Num_of_Ticket) FROM visit AS T1
SELECT sum(T2.Total_spent) FROM visitor AS T1 JOIN visit AS T2 ON T2.visitor_ID = T1.ID WHERE T1.Level_of_membership = 1
SELECT T2.Name FROM visit AS T1 JOIN museum AS T2 ON T1.Museum_ID = T2.Museum_ID WHERE T1.Total_spent < 2009 INTERSECT SELECT T3.Name FROM museum AS T3 JOIN visit AS T4 ON T4.Museum_ID = T3.Museum_ID WHERE T4.Total_spent > 2011
SELECT count(*) FROM visitor AS T1 WHERE T1.ID NOT IN (SELECT T2.Museum_ID FROM visit AS T2 WHERE T2.Total_spent > 2010)
SELECT count(*) FROM museum AS T1 WHERE T1.Open_Year > 2013 OR T1.Open_Year < 2008
SELECT count(*) FROM players AS T1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT T1.first_name, T1.birth_date FROM players AS T1 WHERE T1.country_code = 'USA'
SELECT T1.first_name, T1.birth_date FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id WHERE T1.last_name = 'USA'
SELECT avg(T1.loser_age), avg(T1.winner_age) FROM matches AS T1
SELECT avg(T1.loser_age), avg(T1.winner_age) FROM matches AS T1
SELECT avg(T1.winner_rank) FROM matches AS T1
SELECT avg(T1.winner_rank) FROM matches AS T1
SELECT max(T1.loser_rank) FROM matches AS T1
SELECT T1.loser_rank FROM matches AS T1 ORDER BY T1.loser_rank_points LIMIT 1
SELECT count(DISTINCT T1.country_code) FROM players AS T1
SELECT count(DISTINCT T1.country_code) FROM players AS T1
SELECT count(DISTINCT T1.loser_name) FROM matches AS T1
SELECT count(DISTINCT T1.loser_name) FROM matches AS T1
SELECT T1.tourney_name FROM matches AS T1 GROUP BY T1.tourney_name HAVING count(*) > 10
SELECT T1.tourney_name FROM matches AS T1 GROUP BY T1.tourney_name HAVING count(*) > 10
SELECT T1.winner_name FROM matches AS T1 WHERE T1.winner_name = 2013 INTERSECT SELECT T2.winner_name FROM matches AS T2 WHERE T2.loser_name = 2016
SELECT T1.first_name FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id WHERE T2.loser_name = 2013 INTERSECT SELECT T3.first_name FROM players AS T3 JOIN matches AS T4 ON T4.winner_id = T3.player_id WHERE T4.loser_name = 2016
SELECT count(*) FROM matches AS T1 WHERE T1.year = 2013 OR T1.year = 2016
SELECT count(*) FROM matches AS T1 WHERE T1.tourney_name = 2013 OR T1.winner_age = 2016
SELECT T1.country_code, T1.first_name FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id WHERE T2.tourney_name = 'WTA Championships' INTERSECT SELECT T3.country_code, T3.first_name FROM players AS T3 JOIN matches AS T4 ON T4.winner_id = T3.player_id WHERE T4.tourney_name = 'Australian Open'
SELECT T1.first_name, T1.country_code FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id WHERE T2.loser_name = 'WTA Championships' INTERSECT SELECT T3.first_name, T3.country_code FROM players AS T3 JOIN matches AS T4 ON T4.winner_id = T3.player_id WHERE T3.last_name = 'Australian Open'
SELECT T1.first_name, T1.country_code FROM players AS T1 ORDER BY T1.birth_date LIMIT 1
SELECT T1.first_name, T1.country_code FROM players AS T1 ORDER BY T1.birth_date LIMIT 1
SELECT T1.first_name, T1.last_name FROM players AS T1 ORDER BY T1.birth_date
SELECT T1.first_name, T1.last_name FROM players AS T1 ORDER BY T1.birth_date
SELECT T1.first_name, T1.last_name FROM players AS T1 WHERE T1.hand = 'L' ORDER BY T1.birth_date
SELECT T1.first_name, T1.last_name FROM players AS T1 WHERE T1.birth_date = 'value' ORDER BY T1.birth_date
SELECT T1.first_name, T1.country_code FROM players AS T1 JOIN matches AS T2 JOIN rankings AS T3 ON T2.winner_id = T1.player_id AND T3.player_id = T1.player_id GROUP BY T3.player_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name, T1.country_code FROM players AS T1 JOIN matches AS T2 JOIN rankings AS T3 ON T2.winner_id = T1.player_id AND T3.player_id = T1.player_id GROUP BY T3.player_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.year FROM matches AS T1 GROUP BY T1.year ORDER BY count(*) DESC LIMIT 1
SELECT T1.year FROM matches AS T1 GROUP BY T1.year ORDER BY count(*) DESC LIMIT 1
SELECT T1.winner_name, T1.winner_rank_points FROM matches AS T1 ORDER BY T1.winner_id DESC LIMIT 1
SELECT T2.winner_name, T2.winner_rank_points FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id ORDER BY T1.birth_date DESC LIMIT 1
SELECT T1.winner_name, T1.winner_rank_points FROM matches AS T1 WHERE T1.tourney_name = 'Australian Open' ORDER BY T1.tourney_name DESC LIMIT 1
SELECT T2.winner_name FROM players AS T1 JOIN matches AS T2 JOIN rankings AS T3 ON T2.winner_id = T1.player_id AND T3.player_id = T1.player_id WHERE T1.last_name = 'Australian Open' ORDER BY T3.ranking_points DESC LIMIT 1
SELECT T1.loser_name, T1.winner_name FROM matches AS T1 ORDER BY T1.minutes DESC LIMIT 1
SELECT T1.winner_name, T1.loser_name FROM matches AS T1 ORDER BY T1.match_num DESC LIMIT 1
SELECT avg(T2.ranking), T1.first_name FROM players AS T1 JOIN rankings AS T2 ON T2.player_id = T1.player_id GROUP BY T1.first_name
SELECT T1.first_name, avg(T2.ranking) FROM players AS T1 JOIN rankings AS T2 ON T2.player_id = T1.player_id GROUP BY T2.player_id
SELECT sum(T1.ranking_points), T2.first_name FROM rankings AS T1 JOIN players AS T2 ON T1.player_id = T2.player_id GROUP BY T2.first_name
SELECT T1.first_name, sum(T2.ranking_points) FROM players AS T1 JOIN rankings AS T2 ON T2.player_id = T1.player_id GROUP BY T2.player_id
SELECT T1.country_code, count(*) FROM players AS T1 GROUP BY T1.country_code
SELECT T1.country_code, count(*) FROM players AS T1 GROUP BY T1.country_code
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code HAVING count(*) > 50
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code HAVING count(*) > 50
SELECT sum(T1.tours), T1.ranking_date FROM rankings AS T1 GROUP BY T1.ranking_date
SELECT count(*), T1.tours FROM rankings AS T1 GROUP BY T1.ranking_date
SELECT count(*), T1.year FROM matches AS T1 GROUP BY T1.year
SELECT T1.year, count(*) FROM matches AS T1 GROUP BY T1.year
SELECT T1.winner_name, T1.winner_rank FROM matches AS T1 ORDER BY T1.winner_age LIMIT 1
SELECT T1.winner_name, T1.winner_rank FROM matches AS T1 ORDER BY T1.winner_age LIMIT 1
SELECT count(DISTINCT T1.winner_hand) FROM matches AS T1 WHERE T1.loser_hand = 'WTA Championships'
SELECT count(*) FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id WHERE T1.last_name = 'WTA Championships'
SELECT T1.first_name, T1.country_code, T1.birth_date FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id ORDER BY T2.winner_rank_points DESC LIMIT 1
SELECT T1.first_name, T1.country_code, T1.birth_date FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id ORDER BY T2.winner_rank_points DESC LIMIT 1
SELECT count(*), T1.hand FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id GROUP BY T1.hand
SELECT T1.hand, count(*) FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id GROUP BY T1.hand
SELECT count(*) FROM ship AS T1 WHERE T1.name = 'Captured'
SELECT T1.name, T1.tonnage FROM ship AS T1 ORDER BY T1.name DESC
SELECT T1.name, T1.date, T1.result FROM battle AS T1
SELECT max(T1.killed), min(T1.killed), T1.caused_by_ship_id FROM death AS T1 GROUP BY T1.caused_by_ship_id
SELECT avg(T1.injured) FROM death AS T1
SELECT T1.killed, T1.injured FROM death AS T1 JOIN ship AS T2 ON T1.caused_by_ship_id = T2.id WHERE T2.tonnage LIKE '%t%'
SELECT T1.name, T1.result FROM battle AS T1 WHERE T1.bulgarian_commander != 'Boril'
SELECT DISTINCT T1.id, T1.name FROM battle AS T1 JOIN ship AS T2 ON T2.lost_in_battle = T1.id WHERE T2.ship_type = 'Brig'
SELECT T2.id, T2.name FROM ship AS T1 JOIN battle AS T2 JOIN death AS T3 ON T1.lost_in_battle = T2.id AND T3.caused_by_ship_id = T1.id WHERE T3.killed > 10
SELECT T1.id, T1.name FROM ship AS T1 JOIN battle AS T2 JOIN death AS T3 ON T1.lost_in_battle = T2.id AND T3.caused_by_ship_id = T1.id GROUP BY T1.id ORDER BY sum(T3.injured) DESC LIMIT 1
SELECT DISTINCT T1.name FROM battle AS T1 WHERE T1.latin_commander = 'Kaloyan' INTERSECT SELECT DISTINCT T2.name FROM battle AS T2 WHERE T2.latin_commander = 'Baldwin I'
SELECT count(DISTINCT T1.result) FROM battle AS T1
SELECT count(*) FROM battle AS T1 WHERE T1.id NOT IN (SELECT T2.lost_in_battle FROM ship AS T2 WHERE T2.tonnage = '225')
SELECT T1.name, T1.date FROM battle AS T1 JOIN ship AS T2 ON T2.lost_in_battle = T1.id WHERE T2.name = 'Lettice' INTERSECT SELECT T3.name, T3.date FROM battle AS T3 JOIN ship AS T4 ON T4.lost_in_battle = T3.id WHERE T4.name = 'HMS Atalanta'
SELECT T1.name, T1.result, T1.bulgarian_commander FROM battle AS T1 JOIN ship AS T2 ON T2.lost_in_battle = T1.id WHERE T2.lost_in_battle != 'value'
SELECT T1.note FROM death AS T1 WHERE T1.note LIKE '%East%'
SELECT T1.line_1, T1.line_2 FROM Addresses AS T1
SELECT T1.line_1, T1.line_1 FROM Addresses AS T1
SELECT count(*) FROM Courses AS T1
SELECT count(*) FROM Courses AS T1
SELECT T1.course_name FROM Courses AS T1 WHERE T1.course_name = 'value'
SELECT T1.course_description FROM Courses AS T1 WHERE T1.course_name = 'value'
SELECT T1.zip_postcode FROM Addresses AS T1 WHERE T1.city = 'Port Chelsea'
SELECT T1.zip_postcode FROM Addresses AS T1 WHERE T1.city = 'Port Chelsea'
SELECT T1.department_name, T2.department_id FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T2.department_id = T1.department_id GROUP BY T2.department_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.department_name, T1.department_id FROM Degree_Programs AS T1 JOIN Departments AS T2 ON T1.department_id = T2.department_id GROUP BY T1.department_id ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.department_id) FROM Degree_Programs AS T1
SELECT count(DISTINCT T1.department_id) FROM Degree_Programs AS T1
SELECT count(DISTINCT T1.degree_summary_name) FROM Degree_Programs AS T1
SELECT count(DISTINCT T1.degree_summary_name) FROM Degree_Programs AS T1
SELECT count(*) FROM Degree_Programs AS T1 WHERE T1.department_id = 'value'
SELECT count(*) FROM Degree_Programs AS T1 WHERE T1.department_id = 'value'
SELECT T1.course_name, T1.course_description FROM Courses AS T1 JOIN Sections AS T2 ON T2.course_id = T1.course_id
SELECT T1.course_name, T1.course_description FROM Courses AS T1 JOIN Sections AS T2 ON T2.course_id = T1.course_id
SELECT T1.course_name, T1.course_id FROM Courses AS T1 JOIN Sections AS T2 ON T2.course_id = T1.course_id GROUP BY T1.course_id HAVING count(*) >= 2
SELECT T1.course_name, T2.course_id FROM Courses AS T1 JOIN Sections AS T2 ON T2.course_id = T1.course_id GROUP BY T2.course_id HAVING count(*) < 2
SELECT T1.section_name FROM Sections AS T1 ORDER BY T1.section_name
SELECT T1.section_name FROM Sections AS T1 ORDER BY T1.section_name
SELECT T2.semester_name, T1.semester_id FROM Student_Enrolment AS T1 JOIN Semesters AS T2 ON T1.semester_id = T2.semester_id GROUP BY T1.semester_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.semester_name, T1.semester_id FROM Student_Enrolment AS T1 JOIN Semesters AS T2 ON T1.semester_id = T2.semester_id GROUP BY T1.semester_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.department_description FROM Departments AS T1 WHERE T1.department_name LIKE 'value'
SELECT T1.department_description FROM Departments AS T1 WHERE T1.department_name LIKE '%1%'
SELECT T2.first_name, T2.middle_name, T1.degree_program_id FROM Student_Enrolment AS T1 JOIN Students AS T2 JOIN Semesters AS T3 ON T1.student_id = T2.student_id AND T1.semester_id = T3.semester_id GROUP BY T1.degree_program_id HAVING count(*) = 2
SELECT T1.first_name, T1.middle_name, T1.last_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T2.student_id = T1.student_id GROUP BY T2.student_id HAVING count(*) = 2
SELECT T1.first_name, T1.middle_name FROM Students AS T1 JOIN Student_Enrolment AS T2 JOIN Degree_Programs AS T3 ON T2.student_id = T1.student_id AND T2.degree_program_id = T3.degree_program_id WHERE T3.degree_summary_name = 'Bachelor'
SELECT T1.first_name, T1.middle_name, T1.last_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T2.student_id = T1.student_id WHERE T2.degree_program_id = 'value'
SELECT T1.degree_program_id FROM Student_Enrolment AS T1 GROUP BY T1.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.degree_summary_name FROM Student_Enrolment AS T1 JOIN Degree_Programs AS T2 ON T1.degree_program_id = T2.degree_program_id GROUP BY T2.degree_summary_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_program_id, T2.degree_summary_name FROM Student_Enrolment AS T1 JOIN Degree_Programs AS T2 ON T1.degree_program_id = T2.degree_program_id GROUP BY T1.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_program_id, T2.degree_summary_name FROM Student_Enrolment AS T1 JOIN Degree_Programs AS T2 ON T1.degree_program_id = T2.degree_program_id GROUP BY T1.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name, T1.first_name, T1.last_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T2.student_id = T1.student_id GROUP BY T1.student_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.first_name, T2.middle_name, T2.last_name FROM Student_Enrolment AS T1 JOIN Students AS T2 ON T1.student_id = T2.student_id GROUP BY T2.student_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.semester_name FROM Semesters AS T1 EXCEPT SELECT T2.semester_name FROM Semesters AS T2 JOIN Student_Enrolment AS T3 ON T3.semester_id = T2.semester_id
SELECT T1.semester_name FROM Semesters AS T1 WHERE T1.semester_id NOT IN (SELECT T2.semester_id FROM Student_Enrolment AS T2)
SELECT DISTINCT T1.course_name FROM Courses AS T1 JOIN Student_Enrolment_Courses AS T2 ON T2.course_id = T1.course_id
SELECT DISTINCT T1.course_name FROM Courses AS T1 JOIN Student_Enrolment_Courses AS T2 ON T2.course_id = T1.course_id
SELECT T1.course_name FROM Courses AS T1 JOIN Student_Enrolment_Courses AS T2 ON T2.course_id = T1.course_id GROUP BY T1.course_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.course_name FROM Courses AS T1 JOIN Student_Enrolment_Courses AS T2 ON T2.course_id = T1.course_id GROUP BY T1.course_name ORDER BY count(*) DESC LIMIT 1
SELECT T2.last_name FROM Addresses AS T1 JOIN Students AS T2 JOIN Degree_Programs AS T3 JOIN Students AS T4 ON T2.permanent_address_id = T1.address_id AND T4.permanent_address_id = T1.address_id WHERE T1.state_province_county = 'North Carolina' AND T3.degree_summary_name = 'value'
SELECT T1.last_name FROM Students AS T1 JOIN Student_Enrolment AS T2 JOIN Degree_Programs AS T3 JOIN Courses AS T4 ON T2.student_id = T1.student_id AND T2.degree_program_id = T3.degree_program_id WHERE T4.course_name = 'North Carolina' AND T2.degree_program_id = 'value' EXCEPT SELECT T6.last_name FROM Student_Enrolment AS T5 JOIN Students AS T6 JOIN Degree_Programs AS T7 ON T5.student_id = T6.student_id AND T5.degree_program_id = T7.degree_program_id WHERE T6.last_name = 'value'
SELECT T2.transcript_date, T2.transcript_id FROM Transcript_Contents AS T1 JOIN Transcripts AS T2 ON T1.transcript_id = T2.transcript_id GROUP BY T2.transcript_id HAVING count(*) >= 2
SELECT T1.transcript_date, T1.transcript_id FROM Transcripts AS T1 JOIN Transcript_Contents AS T2 ON T2.transcript_id = T1.transcript_id GROUP BY T1.transcript_id HAVING count(*) >= 2
SELECT T1.student_id FROM Students AS T1 WHERE T1.first_name = 'Timmothy' AND T1.last_name = 'Ward'
SELECT T1.cell_mobile_number FROM Students AS T1 WHERE T1.last_name = 'Timmothy Ward'
SELECT T1.first_name, T1.middle_name FROM Students AS T1 ORDER BY T1.last_name LIMIT 1
SELECT T1.first_name, T1.middle_name, T1.last_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T2.student_id = T1.student_id ORDER BY T1.last_name LIMIT 1
SELECT T1.first_name, T1.middle_name FROM Students AS T1 ORDER BY T1.last_name LIMIT 1
SELECT T1.first_name, T1.middle_name, T1.last_name FROM Students AS T1 ORDER BY T1.last_name LIMIT 1
SELECT DISTINCT T1.other_address_details FROM Addresses AS T1 WHERE T1.city = 'value'
SELECT DISTINCT T2.first_name FROM Addresses AS T1 JOIN Students AS T2 ON T2.permanent_address_id = T1.address_id
SELECT T1.address_id, T1.line_1 FROM Addresses AS T1 JOIN Students AS T2 ON T2.permanent_address_id = T1.address_id GROUP BY T1.address_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.address_id, T1.line_1, T1.line_2 FROM Addresses AS T1 JOIN Students AS T2 ON T2.permanent_address_id = T1.address_id GROUP BY T1.address_id ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.transcript_date) FROM Transcripts AS T1 WHERE T1.transcript_date = 'value'
SELECT avg(T1.transcript_date) FROM Transcripts AS T1
SELECT T1.transcript_date, T1.other_details FROM Transcripts AS T1 WHERE T1.other_details = 'value'
SELECT T1.transcript_date, T1.other_details FROM Transcripts AS T1 ORDER BY T1.other_details LIMIT 1
SELECT count(*) FROM Transcripts AS T1
SELECT count(*) FROM Transcripts AS T1
SELECT max(T1.transcript_date) FROM Transcripts AS T1
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date DESC LIMIT 1
SELECT count(*), T3.student_course_id FROM Student_Enrolment AS T1 JOIN Student_Enrolment_Courses AS T2 JOIN Transcript_Contents AS T3 JOIN Courses AS T4 ON T2.student_enrolment_id = T1.student_enrolment_id AND T3.student_course_id = T2.student_course_id AND T2.course_id = T4.course_id GROUP BY T4.course_id
SELECT count(*), T1.course_id FROM Courses AS T1 JOIN Transcript_Contents AS T2 GROUP BY T1.course_id
SELECT T2.transcript_date, T2.transcript_id FROM Transcript_Contents AS T1 JOIN Transcripts AS T2 ON T1.transcript_id = T2.transcript_id GROUP BY T2.transcript_id ORDER BY count(*) LIMIT 1
SELECT T2.transcript_date, T2.transcript_id FROM Transcript_Contents AS T1 JOIN Transcripts AS T2 ON T1.transcript_id = T2.transcript_id GROUP BY T2.transcript_id ORDER BY count(*) LIMIT 1
SELECT T1.semester_name FROM Semesters AS T1 JOIN Student_Enrolment AS T2 JOIN Students AS T3 ON T2.semester_id = T1.semester_id AND T2.student_id = T3.student_id WHERE T3.first_name = 'Master' INTERSECT SELECT T4.semester_name FROM Semesters AS T4 JOIN Student_Enrolment AS T5 JOIN Students AS T6 JOIN Courses AS T7 ON T5.semester_id = T4.semester_id AND T5.student_id = T6.student_id WHERE T7.course_name = 'Bachelor'
SELECT T1.semester_id FROM Semesters AS T1 JOIN Student_Enrolment AS T2 ON T2.semester_id = T1.semester_id WHERE T1.semester_name = 'Masters' INTERSECT SELECT T3.semester_id FROM Student_Enrolment AS T3 WHERE T3.student_id = 'value'
SELECT count(DISTINCT T1.other_address_details) FROM Addresses AS T1
SELECT DISTINCT T1.other_address_details FROM Addresses AS T1 JOIN Students AS T2 ON T2.permanent_address_id = T1.address_id
SELECT T1.other_student_details FROM Students AS T1 ORDER BY T1.other_student_details
SELECT DISTINCT T1.other_student_details FROM Students AS T1 ORDER BY T1.other_student_details
SELECT T1.section_name FROM Sections AS T1 WHERE T1.section_name > 'value'
SELECT T1.section_description FROM Sections AS T1 WHERE T1.section_name = 'value'
SELECT T2.first_name FROM Addresses AS T1 JOIN Students AS T2 ON T2.permanent_address_id = T1.address_id WHERE T1.country = 'Haiti' AND T1.country = 9700166582
SELECT T2.first_name FROM Addresses AS T1 JOIN Students AS T2 ON T2.permanent_address_id = T1.address_id WHERE T1.city = 'Haiti' AND T1.city = 9700166582
SELECT T1.Title FROM Cartoon AS T1 ORDER BY T1.Title
SELECT T1.Title FROM Cartoon AS T1 ORDER BY T1.Title
SELECT T1.Directed_by FROM Cartoon AS T1 WHERE T1.Written_by = 'Ben Jones'
SELECT T1.Title FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T2.series_name = 'Ben Jones'
SELECT count(*) FROM Cartoon AS T1 WHERE T1.Channel = 'Joseph Kuhr'
SELECT count(*) FROM Cartoon AS T1 WHERE T1.Channel = 'Joseph Kuhr'
SELECT T1.Title, T1.Directed_by FROM Cartoon AS T1 ORDER BY T1.Original_air_date
SELECT T1.Directed_by, T1.Directed_by FROM Cartoon AS T1 ORDER BY T1.Original_air_date
SELECT T1.Title FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T2.series_name = 'Ben Jones' OR T2.series_name = 'Brandon Vietti'
SELECT T1.Title FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T2.series_name = 'Ben Jones' OR T2.series_name = 'Brandon Vietti'
SELECT T1.Country, count(*) FROM TV_Channel AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT T1.Country, count(*) FROM TV_Channel AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.series_name), T1.Content FROM TV_Channel AS T1 GROUP BY T1.series_name
SELECT count(DISTINCT T1.series_name), T1.Content FROM TV_Channel AS T1
SELECT T1.Content FROM TV_Channel AS T1 WHERE T1.series_name = 'Sky Radio'
SELECT T1.Content FROM TV_Channel AS T1 WHERE T1.series_name = 'Sky Radio'
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE T1.series_name = 'Sky Radio'
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE T1.series_name = 'Package Options'
SELECT count(*) FROM TV_Channel AS T1 WHERE T1.Language = 'TV Channel'
SELECT count(*) FROM TV_Channel AS T1 WHERE T1.Language = 'TV Channels'
SELECT T1.Language, count(*) FROM TV_Channel AS T1 GROUP BY T1.Language ORDER BY count(*) LIMIT 1
SELECT T1.Language, count(*) FROM TV_Channel AS T1 GROUP BY T1.Language ORDER BY count(*) LIMIT 1
SELECT T1.Language, count(*) FROM TV_Channel AS T1 GROUP BY T1.Language
SELECT T1.Language, count(*) FROM TV_Channel AS T1 GROUP BY T1.Language
SELECT T2.series_name FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.Title = 'The Rise of the Blue Beetle!'
SELECT T2.series_name FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.Title = 'The Rise of the Blue Beetle'
SELECT T1.Title FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T2.series_name = 'Sky Radio'
SELECT T1.Title FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T2.series_name = 'Sky Radio'
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Rating
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Rating
SELECT T1.Episode, T1.Rating FROM TV_series AS T1 ORDER BY T1.Episode DESC LIMIT 3
SELECT T1.Episode, T1.Rating FROM TV_series AS T1 ORDER BY T1.Rating DESC LIMIT 1
SELECT min(T1.Share), max(T1.Share) FROM TV_series AS T1
SELECT max(T1.Share), min(T1.Share) FROM TV_series AS T1
SELECT T1.Air_Date FROM TV_series AS T1 WHERE T1.Episode = 'A Love of a Lifetime'
SELECT T1.Episode FROM TV_series AS T1 WHERE T1.Episode = 'A Love of a Lifetime'
SELECT T1.Weekly_Rank FROM TV_series AS T1 WHERE T1.Episode = 'A Love of a Lifetime'
SELECT T1.Weekly_Rank FROM TV_series AS T1 WHERE T1.Episode = 'A Love of a Lifetime'
SELECT T1.series_name FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T2.Channel = T1.id WHERE T2.Episode = 'A Love of a Lifetime'
SELECT T1.series_name FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T2.Channel = T1.id WHERE T2.Episode = 'A Love of a Lifetime'
SELECT T2.Episode FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T2.Channel = T1.id WHERE T1.series_name = 'Sky Radio'
SELECT T2.Episode FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T2.Channel = T1.id WHERE T1.series_name = 'Sky Radio'
SELECT T1.Directed_by, count(*) FROM Cartoon AS T1 GROUP BY T1.Directed_by
SELECT count(*), T1.Directed_by FROM Cartoon AS T1 GROUP BY T1.Directed_by
SELECT T1.Production_code, T1.Channel FROM Cartoon AS T1 ORDER BY T1.Production_code DESC LIMIT 1
SELECT T1.Production_code, T1.Channel FROM Cartoon AS T1 ORDER BY T1.Production_code DESC LIMIT 1
SELECT T1.Package_Option, T1.series_name FROM TV_Channel AS T1 WHERE T1.Hight_definition_TV = 'TV'
SELECT T1.Package_Option, T1.series_name FROM TV_Channel AS T1 WHERE T1.Hight_definition_TV = 'TV Channel'
SELECT T2.Country FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.Written_by = 'Todd Casey'
SELECT T2.Country FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.Written_by = 'TV'
SELECT T1.Country FROM TV_Channel AS T1 EXCEPT SELECT T3.Country FROM Cartoon AS T2 JOIN TV_Channel AS T3 ON T2.Channel = T3.id WHERE T2.Written_by = 'Todd Casey'
SELECT T1.Country FROM TV_Channel AS T1 EXCEPT SELECT T3.Country FROM Cartoon AS T2 JOIN TV_Channel AS T3 ON T2.Channel = T3.id WHERE T2.Written_by = 'Todd Casey'
SELECT T2.series_name, T2.Country FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.Directed_by = 'Ben Jones' AND T1.Directed_by = 'Michael Chang'
SELECT T2.series_name, T2.Country FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.Directed_by = 'TV' INTERSECT SELECT T4.series_name, T4.Country FROM Cartoon AS T3 JOIN TV_Channel AS T4 ON T3.Channel = T4.id WHERE T3.Directed_by = 'Ben Jones'
SELECT T1.Pixel_aspect_ratio_PAR, T1.Country FROM TV_Channel AS T1 WHERE T1.Language != 'English'
SELECT T1.Pixel_aspect_ratio_PAR, T1.Country FROM TV_Channel AS T1 WHERE T1.Language != 'TV'
SELECT T1.id FROM TV_Channel AS T1 GROUP BY T1.id HAVING count(*) > 2
SELECT T1.id FROM TV_Channel AS T1 GROUP BY T1.id HAVING count(*) > 2
SELECT T1.id FROM TV_Channel AS T1 EXCEPT SELECT T2.Channel FROM Cartoon AS T2 WHERE T2.Directed_by = 'Ben Jones'
SELECT T1.id FROM TV_Channel AS T1 EXCEPT SELECT T2.Channel FROM Cartoon AS T2 WHERE T2.Directed_by = 'TV'
SELECT T1.Package_Option FROM TV_Channel AS T1 EXCEPT SELECT T2.Package_Option FROM TV_Channel AS T2 JOIN Cartoon AS T3 ON T3.Channel = T2.id WHERE T3.Directed_by = 'Ben Jones'
SELECT T1.Package_Option FROM TV_Channel AS T1 EXCEPT SELECT T3.Package_Option FROM Cartoon AS T2 JOIN TV_Channel AS T3 ON T2.Channel = T3.id WHERE T2.Directed_by = 'Ben Jones'
SELECT count(*) FROM poker_player AS T1
SELECT count(*) FROM poker_player AS T1
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings DESC
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Money_Rank DESC
SELECT T1.Final_Table_Made, T1.Best_Finish FROM poker_player AS T1 ORDER BY T1.Best_Finish DESC LIMIT 1
SELECT T1.Final_Table_Made, T1.Best_Finish FROM poker_player AS T1
SELECT avg(T1.Earnings) FROM poker_player AS T1
SELECT avg(T1.Earnings) FROM poker_player AS T1
SELECT T1.Money_Rank FROM poker_player AS T1 ORDER BY T1.Earnings DESC LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 ORDER BY T1.Earnings DESC LIMIT 1
SELECT T1.Final_Table_Made FROM poker_player AS T1 WHERE T1.Earnings < 200000 GROUP BY T1.Final_Table_Made ORDER BY count(*) DESC LIMIT 1
SELECT max(T1.Final_Table_Made) FROM poker_player AS T1 WHERE T1.Earnings < 200000
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Earnings > 300000
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Earnings > 300000
SELECT T1.Poker_Player_ID FROM poker_player AS T1 ORDER BY T1.Final_Table_Made
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
SELECT T1.Name FROM people AS T1 WHERE T1.Height != 'value'
SELECT T1.Name FROM people AS T1 WHERE T1.People_ID NOT IN (SELECT T2.People_ID FROM poker_player AS T2)
SELECT T1.Name FROM people AS T1 WHERE T1.People_ID NOT IN (SELECT T2.People_ID FROM poker_player AS T2)
SELECT count(DISTINCT T1.Nationality) FROM people AS T1
SELECT count(DISTINCT T1.Nationality) FROM people AS T1
SELECT count(DISTINCT T1.state) FROM AREA_CODE_STATE AS T1
SELECT T1.contestant_number, T1.contestant_name FROM CONTESTANTS AS T1 ORDER BY T1.contestant_name DESC
SELECT T1.vote_id, T1.phone_number, T1.state FROM VOTES AS T1
SELECT max(T1.area_code), min(T1.area_code) FROM AREA_CODE_STATE AS T1
SELECT max(T2.created) FROM AREA_CODE_STATE AS T1 JOIN VOTES AS T2 ON T2.state = T1.state WHERE T1.state = 'CA'
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name != 'Jessie Alloway'
SELECT DISTINCT T1.state, T1.created FROM VOTES AS T1
SELECT T1.contestant_number, T1.contestant_name FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T2.contestant_number = T1.contestant_number GROUP BY T2.contestant_number HAVING count(*) >= 2
SELECT T1.contestant_number, T1.contestant_name FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T2.contestant_number = T1.contestant_number ORDER BY T2.phone_number LIMIT 1
SELECT count(*) FROM AREA_CODE_STATE AS T1 JOIN VOTES AS T2 ON T2.state = T1.state WHERE T1.state = 'NY' OR T1.state = 'CA'
SELECT count(*) FROM CONTESTANTS AS T1 WHERE T1.contestant_number NOT IN (SELECT T2.contestant_number FROM VOTES AS T2)
SELECT T1.area_code FROM AREA_CODE_STATE AS T1 JOIN VOTES AS T2 ON T2.state = T1.state GROUP BY T1.area_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.created, T1.phone_number, T1.phone_number FROM VOTES AS T1 JOIN VOTES AS T2 JOIN CONTESTANTS AS T3 ON T1.contestant_number = T3.contestant_number WHERE T3.contestant_name = 'Tabatha Gehling'
SELECT T3.area_code FROM CONTESTANTS AS T1 JOIN VOTES AS T2 JOIN AREA_CODE_STATE AS T3 ON T2.contestant_number = T1.contestant_number AND T2.state = T3.state WHERE T1.contestant_name = 'Tabatha Gehling' INTERSECT SELECT T6.area_code FROM CONTESTANTS AS T4 JOIN VOTES AS T5 JOIN AREA_CODE_STATE AS T6 ON T5.contestant_number = T4.contestant_number AND T5.state = T6.state WHERE T4.contestant_name = 'Kelly Clauss'
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name LIKE '%Al%'
SELECT T1.Name FROM country AS T1 WHERE T1.Population > 1950
SELECT T1.Name FROM country AS T1 WHERE T1.Population > 1950
SELECT count(*) FROM country AS T1
SELECT count(DISTINCT T1.GovernmentForm) FROM country AS T1
SELECT sum(T1.SurfaceArea) FROM country AS T1 WHERE T1.Continent = 'Caribbean'
SELECT count(DISTINCT T1.SurfaceArea) FROM country AS T1
SELECT T1.Continent FROM country AS T1 WHERE T1.LocalName = 'Anguilla'
SELECT DISTINCT T1.Continent FROM country AS T1 WHERE T1.LocalName = 'Anguilla'
SELECT T1.Region FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code WHERE T2.Name = 'Kabul'
SELECT T1.Region FROM country AS T1 WHERE T1.LocalName = 'Kabul'
SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T1.Population = 'value' GROUP BY T2.Language ORDER BY count(*) DESC LIMIT 1
SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T1.Population = 'value' GROUP BY T2.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Population, T1.LifeExpectancy FROM country AS T1 WHERE T1.LifeExpectancy = 'value'
SELECT T1.Population, T1.LifeExpectancy FROM country AS T1
SELECT T1.Region, T1.Population FROM country AS T1
SELECT T1.Region, T1.Population FROM country AS T1
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE T1.Continent = 'Central Africa'
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE T1.Continent = 'Central Africa'
SELECT T1.Name FROM country AS T1 ORDER BY T1.LifeExpectancy LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.LifeExpectancy LIMIT 1
SELECT sum(T1.Population), max(T1.GNP) FROM country AS T1 WHERE T1.Continent = 'GNP'
SELECT count(*), T1.Continent FROM country AS T1 WHERE T1.Continent = 'Asia' GROUP BY T1.Continent ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE T1.Continent = 'African'
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE T1.Continent = 'Africa'
SELECT sum(T1.SurfaceArea) FROM country AS T1 WHERE T1.Continent = 'Asia' INTERSECT SELECT T2.Continent FROM country AS T2 WHERE T2.Continent = 'Europe'
SELECT sum(T1.SurfaceArea) FROM country AS T1 WHERE T1.Continent = 'Asia' OR T1.Continent = 'Europe'
SELECT count(*) FROM city AS T1 WHERE T1.District = 'Gelderland'
SELECT sum(T1.Population) FROM city AS T1 WHERE T1.District = 'Gelderland'
SELECT avg(T1.GNP), sum(T1.Population) FROM country AS T1 WHERE T1.GovernmentForm = 'GNP'
SELECT avg(T1.Population), sum(T1.Population) FROM country AS T1 WHERE T1.Continent = 'GNP'
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT count(DISTINCT T1.GovernmentForm) FROM country AS T1
SELECT count(DISTINCT T1.GovernmentForm) FROM country AS T1
SELECT count(*) FROM countrylanguage AS T1 WHERE T1.Language = 'Aruba'
SELECT count(DISTINCT T2.Language) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T1.Continent = 'Aruba'
SELECT count(DISTINCT T2.Language) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T1.Name = 'Afghanistan'
SELECT count(DISTINCT T2.Language) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T1.Name = 'Afghanistan'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T1.Continent ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T2.CountryCode ORDER BY count(*) DESC LIMIT 1
SELECT T1.Continent FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T1.Continent ORDER BY count(*) DESC LIMIT 1
SELECT T1.Continent FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T1.Continent ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English'
SELECT count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English' INTERSECT SELECT T3.Name FROM country AS T3 JOIN countrylanguage AS T4 ON T4.CountryCode = T3.Code WHERE T4.Language = 'French'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English' INTERSECT SELECT T3.Name FROM country AS T3 JOIN countrylanguage AS T4 ON T4.CountryCode = T3.Code WHERE T4.Language = 'French'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English' INTERSECT SELECT T3.Name FROM country AS T3 JOIN countrylanguage AS T4 ON T4.CountryCode = T3.Code WHERE T4.Language = 'French'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English' INTERSECT SELECT T3.Name FROM country AS T3 JOIN countrylanguage AS T4 ON T4.CountryCode = T3.Code WHERE T4.Language = 'French'
SELECT count(DISTINCT T1.Continent) FROM country AS T1
SELECT count(DISTINCT T1.Continent) FROM country AS T1
SELECT T1.Region FROM country AS T1 WHERE T1.LocalName = 'English' OR T1.Population = 'value'
SELECT T1.Region FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'Dutch' OR T2.Language = 'English'
SELECT T1.Continent FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English' OR T2.Language = 'Dutch'
SELECT DISTINCT T1.Continent FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English' OR T2.Language = 'Dutch'
SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T1.Continent = 'Asian' GROUP BY T2.Language ORDER BY count(*) DESC LIMIT 1
SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T1.Continent = 'Asian' GROUP BY T2.Language ORDER BY count(*) DESC LIMIT 1
SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T2.Language HAVING count(*) = 1
SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T2.Language HAVING count(*) = 'value'
SELECT T1.Name FROM city AS T1 WHERE T1.Population = 'value' GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM city AS T1 JOIN country AS T2 JOIN countrylanguage AS T3 ON T1.CountryCode = T2.Code AND T3.CountryCode = T2.Code WHERE T3.Language = 'English' GROUP BY T1.ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name, T1.Population, T1.LifeExpectancy FROM country AS T1 WHERE T1.SurfaceArea = 'value' ORDER BY T1.SurfaceArea DESC LIMIT 1
SELECT T1.Name, T1.Population, T1.LifeExpectancy FROM country AS T1 WHERE T1.IndepYear = 'value' ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT avg(T1.LifeExpectancy) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language != 'English'
SELECT avg(T1.LifeExpectancy) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language != 'English'
SELECT count(*) FROM country AS T1 WHERE T1.Code NOT IN (SELECT T2.CountryCode FROM countrylanguage AS T2 WHERE T2.Language = 'English')
SELECT count(*) FROM country AS T1 WHERE T1.Code NOT IN (SELECT T2.CountryCode FROM countrylanguage AS T2 WHERE T2.Language = 'English')
SELECT T1.HeadOfState FROM country AS T1 WHERE T1.HeadOfState = 'Beatrix'
SELECT T1.Name FROM country AS T1 WHERE T1.HeadOfState = 'Beatrix'
SELECT count(DISTINCT T2.Language) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T1.Population < 1930
SELECT count(DISTINCT T1.Continent) FROM country AS T1 WHERE T1.Population < 1930
SELECT T1.Continent FROM country AS T1 WHERE T1.SurfaceArea > (SELECT max(T2.SurfaceArea) FROM country AS T2)
SELECT T1.Continent FROM country AS T1 WHERE T1.SurfaceArea > (SELECT max(T2.SurfaceArea) FROM country AS T2)
SELECT T1.Continent FROM country AS T1 WHERE T1.Population < (SELECT max(T2.Population) FROM country AS T2 WHERE T2.Population = 'value')
SELECT T1.Continent FROM country AS T1 WHERE T1.Population < (SELECT max(T2.Population) FROM country AS T2 WHERE T2.Population = 'value')
SELECT T1.Continent FROM country AS T1 WHERE T1.Population > (SELECT max(T2.Population) FROM country AS T2 WHERE T2.Continent = 'Asian')
SELECT T1.Continent FROM country AS T1 WHERE T1.Population > (SELECT min(T2.Population) FROM country AS T2 WHERE T2.Continent = 'Asian')
SELECT T1.Code FROM country AS T1 WHERE T1.Code NOT IN (SELECT T2.CountryCode FROM countrylanguage AS T2 WHERE T2.Language = 'English')
SELECT T1.Code FROM country AS T1 WHERE T1.Code NOT IN (SELECT T2.CountryCode FROM countrylanguage AS T2 WHERE T2.Language = 'English')
SELECT T1.Code FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language != 'English'
SELECT T1.Code FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T1.Code HAVING count(*) != 'value'
SELECT T1.Code FROM country AS T1 WHERE T1.GovernmentForm != 'English'
SELECT T1.Code FROM country AS T1 WHERE T1.GovernmentForm != 'English'
SELECT T1.Name FROM city AS T1 JOIN countrylanguage AS T2 JOIN countrylanguage AS T3 WHERE T2.Language != 'European'
SELECT T1.Name FROM city AS T1 JOIN countrylanguage AS T2 JOIN countrylanguage AS T3 WHERE T2.Language != 'Europe'
SELECT DISTINCT T1.Name FROM city AS T1 JOIN country AS T2 JOIN countrylanguage AS T3 ON T1.CountryCode = T2.Code AND T3.CountryCode = T2.Code WHERE T3.Language = 'Asian'
SELECT DISTINCT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Continent = 'Asia'
SELECT T1.Name, T1.IndepYear, T1.SurfaceArea FROM country AS T1 ORDER BY T1.Population LIMIT 1
SELECT T1.Name, T1.IndepYear, T1.SurfaceArea FROM country AS T1 ORDER BY T1.Population LIMIT 1
SELECT T1.Population, T1.Name, T1.Region FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 1
SELECT T1.Name, T1.Population, T1.HeadOfState FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 1
SELECT T1.Name, count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T1.Code HAVING count(*) >= 3
SELECT T1.Name, count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T1.Code HAVING count(*) > 2
SELECT count(*), T1.District FROM city AS T1 WHERE T1.Population > (SELECT avg(T2.Population) FROM city AS T2) GROUP BY T1.District
SELECT count(*), T1.District FROM city AS T1 WHERE T1.Population > (SELECT avg(T2.Population) FROM city AS T2) GROUP BY T1.District
SELECT T1.GovernmentForm, sum(T1.Population) FROM country AS T1 GROUP BY T1.GovernmentForm HAVING avg(T1.LifeExpectancy) > 72
SELECT T1.GovernmentForm, sum(T1.Population) FROM country AS T1 GROUP BY T1.GovernmentForm HAVING avg(T1.LifeExpectancy) > 72
SELECT avg(T1.LifeExpectancy), T1.Population FROM country AS T1 WHERE T1.LifeExpectancy < 72 GROUP BY T1.Continent
SELECT T1.Continent, sum(T1.LifeExpectancy), avg(T1.LifeExpectancy) FROM country AS T1 WHERE T1.LifeExpectancy < 72 GROUP BY T1.Continent
SELECT T1.Region, T1.SurfaceArea FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 5
SELECT T1.Name, T1.SurfaceArea FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.Population DESC LIMIT 3
SELECT T1.Name FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.Population LIMIT 1
SELECT T1.Name FROM country AS T1 GROUP BY T1.Name ORDER BY count(*) LIMIT 1
SELECT count(*) FROM country AS T1 WHERE T1.Continent = 'Asia'
SELECT count(*) FROM country AS T1 WHERE T1.Continent = 'Asia'
SELECT T1.Continent FROM country AS T1 WHERE T1.Population >= 80000
SELECT T1.Name FROM country AS T1 WHERE T1.Population >= 80000
SELECT sum(T1.Population), avg(T1.Region) FROM country AS T1 WHERE T1.Continent = 'North America' AND T1.Name > 3000
SELECT avg(T1.Population), avg(T1.SurfaceArea) FROM country AS T1 WHERE T1.Continent = 'North America' AND T1.SurfaceArea > 3000
SELECT T1.Name FROM city AS T1 WHERE T1.Population BETWEEN 160000 AND 900000
SELECT T1.Name FROM city AS T1 WHERE T1.Population BETWEEN 160000 AND 900000
SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T2.Language ORDER BY count(*) DESC LIMIT 1
SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T2.Language ORDER BY count(*) DESC LIMIT 1
SELECT T2.Language, T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T2.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Code, T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T1.Code ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'Spanish' GROUP BY T1.Continent ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'Spanish' GROUP BY T1.Continent ORDER BY count(*) DESC LIMIT 1
SELECT T1.Code FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'Spanish' GROUP BY T1.Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Code FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'Spanish' GROUP BY T2.CountryCode ORDER BY count(*) DESC LIMIT 1
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
SELECT T1.Name, T2.Orchestra FROM conductor AS T1 JOIN orchestra AS T2 ON T2.Conductor_ID = T1.Conductor_ID
SELECT T2.Name FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T1.Conductor_ID HAVING count(*) > 1
SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T2.Conductor_ID = T1.Conductor_ID GROUP BY T2.Conductor_ID HAVING count(*) > 1
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
SELECT count(DISTINCT T1.Orchestra) FROM orchestra AS T1 WHERE T1.Major_Record_Format = 'CD' OR T1.Major_Record_Format = 'DVD'
SELECT count(DISTINCT T1.Orchestra) FROM orchestra AS T1 WHERE T1.Major_Record_Format = 'CD' OR T1.Major_Record_Format = 'DVD'
SELECT T2.Year_of_Founded FROM performance AS T1 JOIN orchestra AS T2 ON T1.Orchestra_ID = T2.Orchestra_ID GROUP BY T1.Orchestra_ID HAVING count(*) > 1
SELECT T2.Year_of_Founded FROM performance AS T1 JOIN orchestra AS T2 ON T1.Orchestra_ID = T2.Orchestra_ID GROUP BY T1.Orchestra_ID HAVING count(*) > 'value'
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT T1.name, T1.grade FROM Highschooler AS T1
SELECT T1.name, T1.grade FROM Highschooler AS T1
SELECT T1.grade FROM Highschooler AS T1
SELECT T1.grade, T1.grade FROM Highschooler AS T1
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.name = 'Kyle'
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.name = 'Kyle'
SELECT T1.name FROM Highschooler AS T1 WHERE T1.grade = 10
SELECT T1.name FROM Highschooler AS T1 WHERE T1.grade = 10
SELECT T1.ID FROM Highschooler AS T1 WHERE T1.name = 'ID'
SELECT T1.ID FROM Highschooler AS T1 WHERE T1.name = 'Kyle''s'
SELECT count(*) FROM Highschooler AS T1 WHERE T1.grade = 9 OR T1.grade = 10
SELECT count(*) FROM Highschooler AS T1 WHERE T1.grade = 9 OR T1.grade = 10
SELECT T1.grade, count(*) FROM Highschooler AS T1 GROUP BY T1.grade
SELECT count(*), T1.grade FROM Highschooler AS T1 GROUP BY T1.grade
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade HAVING count(*) >= 4
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade HAVING count(*) >= 4
SELECT T1.student_id, count(*) FROM Friend AS T1 GROUP BY T1.student_id
SELECT count(*), T1.student_id FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID GROUP BY T2.name
SELECT T1.name, count(*) FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID GROUP BY T1.ID
SELECT T1.name, count(*) FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID GROUP BY T1.ID
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID GROUP BY T2.student_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 ORDER BY T1.grade DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID GROUP BY T2.student_id HAVING count(*) >= 3
SELECT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID GROUP BY T1.student_id HAVING count(*) >= 3
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID WHERE T1.grade = 'value'
SELECT T1.name FROM Highschooler AS T1 WHERE T1.grade = 'value'
SELECT count(*) FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID WHERE T1.grade = 'value'
SELECT count(*) FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID WHERE T2.name = 'Kyle'
SELECT T1.ID FROM Highschooler AS T1 EXCEPT SELECT T2.student_id FROM Friend AS T2
SELECT T1.ID FROM Highschooler AS T1 WHERE T1.grade = 'value' EXCEPT SELECT T2.ID FROM Highschooler AS T2
SELECT T1.name FROM Highschooler AS T1 EXCEPT SELECT T2.name FROM Highschooler AS T2 JOIN Friend AS T3 ON T3.friend_id = T2.ID
SELECT T1.name FROM Highschooler AS T1 WHERE T1.ID NOT IN (SELECT T2.student_id FROM Friend AS T2)
SELECT T1.ID FROM Highschooler AS T1 INTERSECT SELECT T2.liked_id FROM Likes AS T2
SELECT T1.student_id FROM Likes AS T1 INTERSECT SELECT T2.student_id FROM Likes AS T2
SELECT T1.name FROM Highschooler AS T1 INTERSECT SELECT T2.student_id FROM Likes AS T2 WHERE T2.liked_id != 'value'
SELECT T1.name FROM Highschooler AS T1 INTERSECT SELECT T2.liked_id FROM Likes AS T2 WHERE T2.liked_id = 'value'
SELECT count(*), T1.student_id FROM Likes AS T1 GROUP BY T1.student_id
SELECT count(*), T1.student_id FROM Likes AS T1 GROUP BY T1.student_id
SELECT T1.name, count(*) FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T1.ID
SELECT T1.name, count(*) FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T1.ID
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T2.liked_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T2.student_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T2.student_id HAVING count(*) >= 2
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T2.student_id HAVING count(*) >= 2
SELECT T1.name FROM Highschooler AS T1 WHERE T1.grade > 5 INTERSECT SELECT T2.name FROM Highschooler AS T2 WHERE T2.grade > 2
SELECT T1.name FROM Highschooler AS T1 WHERE T1.grade > 5 INTERSECT SELECT T2.name FROM Highschooler AS T2 WHERE T2.grade > 2
SELECT count(*) FROM Highschooler AS T1 WHERE T1.name = 'Kyle'
SELECT count(*) FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID WHERE T1.name = 'Kyle'
SELECT avg(T1.grade) FROM Highschooler AS T1 WHERE T1.ID IN (SELECT T2.student_id FROM Friend AS T2)
SELECT avg(T1.grade) FROM Highschooler AS T1 INTERSECT SELECT T2.friend_id FROM Friend AS T2
SELECT min(T1.grade) FROM Highschooler AS T1 WHERE T1.ID NOT IN (SELECT T2.student_id FROM Friend AS T2)
SELECT min(T1.grade) FROM Highschooler AS T1 WHERE T1.ID NOT IN (SELECT T2.student_id FROM Friend AS T2)
SELECT T1.state FROM Owners AS T1 INTERSECT SELECT T3.state FROM Owners AS T2 JOIN Professionals AS T3
SELECT T1.state FROM Owners AS T1 INTERSECT SELECT T2.state FROM Professionals AS T2
SELECT avg(T2.age) FROM Treatments AS T1 JOIN Dogs AS T2 ON T1.dog_id = T2.dog_id
SELECT avg(T2.age) FROM Treatments AS T1 JOIN Dogs AS T2 ON T1.dog_id = T2.dog_id
SELECT T1.professional_id, T1.state FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id WHERE T1.state = 'Indiana' GROUP BY T1.professional_id HAVING count(*) > 2
SELECT T1.professional_id, T1.last_name, T1.cell_number FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id WHERE T1.state = 'Indiana' GROUP BY T1.professional_id HAVING count(*) > 2
SELECT T1.name FROM Dogs AS T1 EXCEPT SELECT T2.name FROM Dogs AS T2 JOIN Dogs AS T3 JOIN Treatments AS T4 ON T4.dog_id = T2.dog_id WHERE T4.cost_of_treatment > 1000
SELECT T1.name FROM Dogs AS T1 EXCEPT SELECT T2.name FROM Dogs AS T2 JOIN Dogs AS T3 JOIN Treatments AS T4 ON T4.dog_id = T2.dog_id WHERE T4.cost_of_treatment > 1000
SELECT T2.first_name FROM Owners AS T1 JOIN Professionals AS T2 EXCEPT SELECT T5.first_name FROM Owners AS T3 JOIN Dogs AS T4 JOIN Professionals AS T5 ON T4.owner_id = T3.owner_id WHERE T4.name = 'value'
SELECT T1.first_name FROM Professionals AS T1 EXCEPT SELECT T2.first_name FROM Professionals AS T2 JOIN Owners AS T3 JOIN Dogs AS T4 ON T4.owner_id = T3.owner_id WHERE T4.name = 'value'
SELECT T1.professional_id, T1.email_address, T1.email_address FROM Professionals AS T1 EXCEPT SELECT T2.professional_id, T2.professional_id, T2.email_address FROM Professionals AS T2 JOIN Professionals AS T3
SELECT T1.professional_id, T1.role_code, T1.email_address FROM Professionals AS T1 EXCEPT SELECT T2.professional_id, T2.professional_id, T2.email_address FROM Professionals AS T2 JOIN Treatments AS T3 ON T3.professional_id = T2.professional_id
SELECT T1.first_name, T1.last_name, T1.last_name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T1.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.owner_id, T1.first_name, T1.last_name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T1.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.professional_id, T1.first_name, T1.role_code FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T1.professional_id, T1.role_code, T1.first_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T1.breed_name FROM Breeds AS T1 GROUP BY T1.breed_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.breed_name FROM Breeds AS T1 JOIN Dogs AS T2 ON T2.breed_code = T1.breed_code GROUP BY T2.breed_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.owner_id, T1.last_name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T1.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.owner_id, T1.last_name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T1.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.treatment_type_description FROM Treatment_Types AS T1 JOIN Treatments AS T2 ON T2.treatment_type_code = T1.treatment_type_code GROUP BY T1.treatment_type_code ORDER BY sum(T2.cost_of_treatment) LIMIT 1
SELECT T1.treatment_type_description FROM Treatment_Types AS T1 JOIN Treatments AS T2 ON T2.treatment_type_code = T1.treatment_type_code GROUP BY T2.treatment_type_code ORDER BY sum(T2.cost_of_treatment) LIMIT 1
SELECT T1.owner_id, T1.zip_code FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T1.owner_id ORDER BY sum(T2.age) DESC LIMIT 1
SELECT T1.owner_id, T1.zip_code FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T1.owner_id ORDER BY sum(T2.age) DESC LIMIT 1
SELECT T1.professional_id, T1.professional_id FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T1.professional_id, T1.cell_number FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.professional_id HAVING count(*) > 2 UNION SELECT T3.professional_id, T3.professional_id FROM Professionals AS T3
SELECT T1.first_name, T1.last_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.professional_id HAVING avg(T2.cost_of_treatment) < (SELECT avg(T3.cost_of_treatment) FROM Treatments AS T3)
SELECT T1.first_name, T1.last_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id WHERE T2.cost_of_treatment < (SELECT avg(T3.cost_of_treatment) FROM Treatments AS T3)
SELECT T1.date_of_treatment, T2.first_name, T2.first_name FROM Treatments AS T1 JOIN Professionals AS T2 ON T1.professional_id = T2.professional_id
SELECT T1.date_of_treatment, T2.first_name FROM Treatments AS T1 JOIN Professionals AS T2 ON T1.professional_id = T2.professional_id
SELECT T1.cost_of_treatment, T2.treatment_type_description FROM Treatments AS T1 JOIN Treatment_Types AS T2 ON T1.treatment_type_code = T2.treatment_type_code
SELECT T1.treatment_type_description, T1.treatment_type_description FROM Treatment_Types AS T1 JOIN Treatments AS T2 ON T2.treatment_type_code = T1.treatment_type_code
SELECT T1.first_name, T1.last_name, T2.size_code FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id
SELECT T1.first_name, T1.last_name, T2.size_code FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id
SELECT T1.first_name, T2.name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id
SELECT T1.first_name, T2.name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id
SELECT T2.name, T2.date_of_birth FROM Breeds AS T1 JOIN Dogs AS T2 ON T2.breed_code = T1.breed_code GROUP BY T2.breed_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.name, T1.date_of_birth FROM Dogs AS T1 JOIN Dogs AS T2 GROUP BY T1.breed_code ORDER BY count(*) DESC LIMIT 1
SELECT T2.name, T1.first_name FROM Owners AS T1 JOIN Dogs AS T2 JOIN Owners AS T3 ON T2.owner_id = T1.owner_id AND T2.owner_id = T3.owner_id WHERE T1.first_name = 's first name and the dog'
SELECT T1.first_name, T2.name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id WHERE T2.name = 'Virginia'
SELECT T2.date_of_birth, T2.date_of_birth FROM Treatments AS T1 JOIN Dogs AS T2 ON T1.dog_id = T2.dog_id
SELECT T2.date_of_birth, T2.date_of_birth FROM Treatments AS T1 JOIN Dogs AS T2 ON T1.dog_id = T2.dog_id
SELECT T1.last_name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id ORDER BY T2.age DESC LIMIT 1
SELECT T1.name FROM Dogs AS T1 ORDER BY T1.age DESC LIMIT 1
SELECT T1.email_address FROM Professionals AS T1 WHERE T1.state = 'Hawaii' OR T1.state = 'Wisconsin'
SELECT T1.email_address FROM Professionals AS T1 WHERE T1.state = 'Hawaii' OR T1.state = 'Wisconsin'
SELECT T1.date_of_birth, T1.date_of_birth FROM Dogs AS T1
SELECT T1.date_of_birth, T1.date_of_birth FROM Dogs AS T1
SELECT count(*) FROM Dogs AS T1
SELECT count(*) FROM Treatments AS T1
SELECT count(*) FROM Professionals AS T1
SELECT count(*) FROM Professionals AS T1
SELECT T1.street, T1.street FROM Professionals AS T1 WHERE T1.city LIKE '%West%' AND T1.state LIKE 'value'
SELECT T1.role_code, T1.street, T1.state FROM Professionals AS T1 WHERE T1.city LIKE '%West%'
SELECT T1.first_name, T1.last_name, T1.last_name FROM Owners AS T1 WHERE T1.state LIKE '%North%'
SELECT T1.first_name, T1.last_name, T1.email_address FROM Owners AS T1 WHERE T1.state LIKE '%North%'
SELECT count(*) FROM Dogs AS T1 WHERE T1.age < (SELECT avg(T2.age) FROM Dogs AS T2)
SELECT count(*) FROM Dogs AS T1 WHERE T1.age < (SELECT avg(T2.age) FROM Dogs AS T2)
SELECT T1.cost_of_treatment FROM Treatments AS T1 ORDER BY T1.cost_of_treatment DESC LIMIT 1
SELECT T1.cost_of_treatment FROM Treatments AS T1 ORDER BY T1.date_of_treatment DESC LIMIT 1
SELECT count(*) FROM Dogs AS T1 WHERE T1.dog_id NOT IN (SELECT T2.dog_id FROM Treatments AS T2)
SELECT count(*) FROM Dogs AS T1 WHERE T1.dog_id NOT IN (SELECT T2.dog_id FROM Treatments AS T2)
SELECT count(*) FROM Owners AS T1 WHERE T1.owner_id NOT IN (SELECT T2.owner_id FROM Dogs AS T2)
SELECT count(*) FROM Owners AS T1 WHERE T1.owner_id NOT IN (SELECT T2.owner_id FROM Dogs AS T2)
SELECT count(*) FROM Professionals AS T1 WHERE T1.professional_id NOT IN (SELECT T2.professional_id FROM Treatments AS T2)
SELECT count(*) FROM Professionals AS T1 WHERE T1.professional_id NOT IN (SELECT T2.professional_id FROM Treatments AS T2)
SELECT T1.name, T1.age, T1.weight FROM Dogs AS T1 WHERE T1.abandoned_yn = 1
SELECT T1.name, T1.age, T1.weight FROM Dogs AS T1 WHERE T1.abandoned_yn = 'Note' OR T1.abandoned_yn = 1
SELECT avg(T1.age) FROM Dogs AS T1
SELECT avg(T1.age) FROM Dogs AS T1
SELECT T1.age FROM Dogs AS T1 ORDER BY T1.date_of_birth DESC LIMIT 1
SELECT T1.age FROM Dogs AS T1 ORDER BY T1.age DESC LIMIT 1
SELECT T1.charge_type, sum(T1.charge_amount) FROM Charges AS T1 GROUP BY T1.charge_type
SELECT T1.charge_type, T1.charge_amount FROM Charges AS T1
SELECT T1.charge_type FROM Charges AS T1 ORDER BY T1.charge_amount DESC LIMIT 1
SELECT T1.charge_type FROM Charges AS T1 ORDER BY T1.charge_amount DESC LIMIT 1
SELECT T1.email_address, T1.cell_number, T1.home_phone FROM Professionals AS T1
SELECT T1.email_address, T1.cell_number, T1.home_phone FROM Professionals AS T1
SELECT DISTINCT T1.breed_name FROM Breeds AS T1 JOIN Dogs AS T2 ON T2.breed_code = T1.breed_code
SELECT DISTINCT T1.breed_name, T2.size_code FROM Breeds AS T1 JOIN Dogs AS T2 ON T2.breed_code = T1.breed_code
SELECT T1.first_name, T3.treatment_type_description FROM Professionals AS T1 JOIN Treatments AS T2 JOIN Treatment_Types AS T3 ON T2.professional_id = T1.professional_id AND T2.treatment_type_code = T3.treatment_type_code
SELECT T2.first_name, T3.treatment_type_description FROM Treatments AS T1 JOIN Professionals AS T2 JOIN Treatment_Types AS T3 ON T1.professional_id = T2.professional_id AND T1.treatment_type_code = T3.treatment_type_code
SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions
SELECT T1.Birth_Year, T1.Citizenship FROM singer AS T1
SELECT T1.Birth_Year, T1.Citizenship FROM singer AS T1
SELECT T1.Name FROM singer AS T1 WHERE T1.Citizenship != 'France'
SELECT T1.Name FROM singer AS T1 WHERE T1.Citizenship != 'French'
SELECT T1.Name FROM singer AS T1 WHERE T1.Birth_Year = 1948 OR T1.Birth_Year = 1949
SELECT T1.Name FROM singer AS T1 WHERE T1.Birth_Year = 1948 OR T1.Birth_Year = 1949
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions DESC LIMIT 1
SELECT T1.Citizenship, count(*) FROM singer AS T1 GROUP BY T1.Citizenship
SELECT T1.Citizenship, count(*) FROM singer AS T1 GROUP BY T1.Citizenship
SELECT T1.Citizenship FROM singer AS T1 GROUP BY T1.Citizenship ORDER BY count(*) DESC LIMIT 1
SELECT T1.Citizenship FROM singer AS T1 GROUP BY T1.Citizenship ORDER BY count(*) DESC LIMIT 1
SELECT T1.Citizenship, max(T1.Net_Worth_Millions), max(T1.Net_Worth_Millions) FROM singer AS T1 GROUP BY T1.Citizenship
SELECT T1.Citizenship, max(T1.Net_Worth_Millions) FROM singer AS T1 GROUP BY T1.Citizenship
SELECT T2.Title, T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID
SELECT T2.Title, T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID
SELECT DISTINCT T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID WHERE T2.Sales > 300000
SELECT DISTINCT T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID WHERE T2.Sales > 300000
SELECT T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID GROUP BY T2.Singer_ID HAVING count(*) > 1
SELECT T1.Name FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID GROUP BY T2.Singer_ID HAVING count(*) > 1
SELECT T1.Name, sum(T2.Sales) FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID GROUP BY T2.Singer_ID
SELECT T1.Name, sum(T2.Sales) FROM singer AS T1 JOIN song AS T2 ON T2.Singer_ID = T1.Singer_ID GROUP BY T2.Singer_ID
SELECT T1.Name FROM singer AS T1 WHERE T1.Singer_ID NOT IN (SELECT T2.Singer_ID FROM song AS T2)
SELECT T1.Name FROM singer AS T1 WHERE T1.Singer_ID NOT IN (SELECT T2.Singer_ID FROM song AS T2)
SELECT T1.Citizenship FROM singer AS T1 WHERE T1.Birth_Year > 1945 AND T1.Birth_Year > 1955
SELECT T1.Citizenship FROM singer AS T1 WHERE T1.Birth_Year < 1945 INTERSECT SELECT T2.Citizenship FROM singer AS T2 WHERE T2.Birth_Year > 1955
SELECT count(*) FROM Properties AS T1
SELECT T1.feature_type_name FROM Ref_Feature_Types AS T1 JOIN Other_Available_Features AS T2 ON T2.feature_type_code = T1.feature_type_code WHERE T1.feature_type_name = 'AirCon'
SELECT T1.property_type_description FROM Ref_Property_Types AS T1 JOIN Properties AS T2 ON T2.property_type_code = T1.property_type_code WHERE T1.property_type_code = 'value'
SELECT T1.property_name FROM Properties AS T1 WHERE T1.room_count > 1 UNION SELECT T2.property_name FROM Properties AS T2 WHERE T2.room_count > 'value'

SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Age DESC
SELECT avg(T1.Age) FROM singer AS T1
SELECT avg(T1.Age) FROM singer AS T1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Song_release_year FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Country FROM singer AS T1 WHERE T1.Age > 20
SELECT T1.Country FROM singer AS T1 WHERE T1.Age > 20
SELECT T1.Country, count(*) FROM singer AS T1 GROUP BY T1.Country
SELECT T1.Country, count(*) FROM singer AS T1 GROUP BY T1.Country
SELECT T1.Song_Name FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Song_Name FROM singer AS T1 ORDER BY stadium.Average DESC LIMIT 1
SELECT T1.Location FROM stadium AS T1 WHERE T1.Capacity > 5000
SELECT T1.Location FROM stadium AS T1 WHERE T1.Capacity > 5000
SELECT avg(T1.Capacity) FROM stadium AS T1
SELECT avg(T1.Capacity) FROM stadium AS T1
SELECT T1.Name FROM stadium AS T1 ORDER BY T1.Average DESC LIMIT 1
SELECT T1.Name FROM stadium AS T1 ORDER BY T1.Average DESC LIMIT 1
SELECT count(*) FROM concert AS T1 WHERE T1.Year > 2014
SELECT count(*) FROM concert AS T1 WHERE T1.concert_Name > 2014
SELECT count(DISTINCT T1.Name) FROM stadium AS T1
SELECT count(DISTINCT T1.Stadium_ID) FROM concert AS T1
SELECT T1.Name FROM stadium AS T1 ORDER BY concert.Year DESC LIMIT 1
SELECT T1.Name FROM stadium AS T1 GROUP BY T1.Name HAVING count(*) > 2013
SELECT T1.Year FROM concert AS T1 GROUP BY T1.Year ORDER BY count(*) DESC LIMIT 1
SELECT T1.Year FROM concert AS T1 GROUP BY T1.Year ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID WHERE T2.concert_Name = 'value'
SELECT T1.Name FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID WHERE T2.concert_Name = 'value'
SELECT T1.Country FROM singer AS T1 WHERE T1.Age > 40
SELECT T2.Name FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T1.Year = 2014
SELECT T1.Name FROM stadium AS T1 WHERE T1.Stadium_ID NOT IN (SELECT T1.Stadium_ID FROM concert AS T2)
SELECT T1.Theme, count(*) FROM concert AS T1 GROUP BY T1.Theme
SELECT count(DISTINCT T1.Theme) FROM concert AS T1
SELECT count(DISTINCT T1.Name) FROM singer AS T1
SELECT count(DISTINCT singer.Name) FROM singer_in_concert AS T1
SELECT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T2.Singer_ID = T1.Singer_ID WHERE concert.Year = 2014
SELECT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T2.Singer_ID = T1.Singer_ID WHERE concert.concert_Name = 2014
SELECT T1.Name FROM singer AS T1 WHERE T1.Song_release_year != 'Hey'
SELECT T1.Name FROM singer AS T1 WHERE T1.Country != 'Hey'
SELECT T2.Name FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T1.Year > 2014
SELECT T1.Name FROM stadium AS T1 WHERE concert.concert_Name > 2014
SELECT T1.Highest FROM stadium AS T1 ORDER BY T1.Capacity DESC LIMIT 1
SELECT T1.Capacity FROM stadium AS T1 JOIN concert AS T2 ON T2.Stadium_ID = T1.Stadium_ID GROUP BY T2.concert_ID ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Pets AS T1 WHERE T1.weight > 10
SELECT count(*) FROM Pets AS T1 WHERE T1.weight > 10
SELECT T1.weight FROM Pets AS T1 GROUP BY T1.weight ORDER BY count(*) DESC LIMIT 1
SELECT T1.pet_age FROM Pets AS T1 WHERE T1.weight > 'value'
SELECT avg(T1.weight) FROM Pets AS T1
SELECT avg(T1.weight) FROM Pets AS T1
SELECT count(*) FROM Pets AS T1 WHERE Student.Age > 20
SELECT count(*) FROM Pets AS T1 WHERE Student.Age > 20
SELECT count(*) FROM Student AS T1 WHERE T1.Sex = 'F'
SELECT count(*) FROM Student AS T1 WHERE T1.Sex = 'value'
SELECT T1.PetType, count(*) FROM Pets AS T1 GROUP BY T1.PetType
SELECT count(DISTINCT T1.PetType) FROM Pets AS T1
SELECT T1.Fname FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T1.StuID FROM Has_Pet AS T2)
SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID
SELECT T1.Fname FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T1.StuID FROM Has_Pet AS T2)
SELECT T1.Fname FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T1.StuID FROM Has_Pet AS T2)
SELECT T1.Major FROM Student AS T1 WHERE T1.Age = 'value'
SELECT T1.Major FROM Student AS T1 WHERE T1.Age = 'value'
SELECT T1.StuID FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T1.StuID FROM Has_Pet AS T2)
SELECT T1.StuID FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T1.StuID FROM Has_Pet AS T2)
SELECT T1.Fname FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T1.StuID FROM Has_Pet AS T2)
SELECT T1.Fname FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T1.StuID FROM Has_Pet AS T2)
SELECT T1.PetType FROM Pets AS T1 ORDER BY T1.weight DESC LIMIT 1
SELECT T1.PetType FROM Pets AS T1 WHERE T1.weight > 'value'
SELECT T1.PetID FROM Pets AS T1 WHERE T1.weight > 1
SELECT T1.weight FROM Pets AS T1 WHERE T1.weight > 1
SELECT avg(T1.pet_age) FROM Pets AS T1
SELECT avg(T1.pet_age) FROM Pets AS T1
SELECT avg(T1.weight) FROM Pets AS T1
SELECT avg(T1.weight) FROM Pets AS T1
SELECT T1.Fname, T1.Age FROM Student AS T1
SELECT T1.Fname, T1.Age FROM Student AS T1
SELECT Pets.PetID FROM Has_Pet AS T1 JOIN Student AS T2 ON T1.StuID = T2.StuID WHERE T2.LName = 'Smith'
SELECT Pets.PetID FROM Has_Pet AS T1 JOIN Student AS T2 ON T1.StuID = T2.StuID WHERE T2.LName = 'Smith'
SELECT T1.StuID, count(*) FROM Has_Pet AS T1 GROUP BY T1.StuID
SELECT T1.PetID, count(*) FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID GROUP BY T2.PetID
SELECT T1.Fname FROM Student AS T1 GROUP BY T1.Fname HAVING count(*) >= 1
SELECT T1.Fname FROM Student AS T1 GROUP BY T1.Fname HAVING count(*) >= 1
SELECT T1.LName FROM Student AS T1 WHERE T1.Age = 3
SELECT T1.LName FROM Student AS T1 WHERE T1.StuID NOT IN (SELECT T1.StuID FROM Has_Pet AS T2)
SELECT avg(T1.Age) FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID WHERE Pets.weight = 'value'
SELECT avg(T1.Age) FROM Student AS T1 JOIN Has_Pet AS T2 ON T2.StuID = T1.StuID WHERE Pets.weight = 'value'
SELECT count(*) FROM continents AS T1
SELECT count(*) FROM continents AS T1
SELECT T2.Continent, count(*) FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContId GROUP BY T2.Continent
SELECT count(DISTINCT continents.Continent) FROM countries AS T1
SELECT count(*) FROM countries AS T1
SELECT count(*) FROM countries AS T1
SELECT T1.FullName, count(*) FROM car_makers AS T1 GROUP BY T1.FullName
SELECT T1.FullName, count(*) FROM car_makers AS T1 GROUP BY T1.FullName
SELECT car_names.Model FROM cars_data AS T1 ORDER BY T1.Horsepower DESC LIMIT 1
SELECT car_names.Model FROM cars_data AS T1 ORDER BY T1.Horsepower DESC LIMIT 1
SELECT car_names.Model FROM cars_data AS T1 WHERE T1.Weight > (SELECT avg(T2.Weight) FROM cars_data AS T2)
SELECT car_names.Model FROM cars_data AS T1 WHERE T1.Weight > (SELECT avg(T2.Weight) FROM cars_data AS T2)
SELECT car_makers.Maker FROM cars_data AS T1 WHERE T1.Year != 1970
SELECT T1.Maker FROM car_makers AS T1 WHERE T1.Maker LIKE '%1970%'
SELECT car_names.Make FROM cars_data AS T1 ORDER BY T1.Year DESC LIMIT 1
SELECT T1.Maker FROM car_makers AS T1 ORDER BY cars_data.Year DESC LIMIT 1
SELECT car_names.Model FROM cars_data AS T1 WHERE T1.Year = 1980
SELECT T1.Model FROM model_list AS T1 WHERE cars_data.Year = 1980
SELECT T1.Continent, count(*) FROM continents AS T1 JOIN countries AS T2 ON T2.Continent = T1.ContId GROUP BY T1.Continent
SELECT count(DISTINCT T1.Continent) FROM continents AS T1
SELECT T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T1.CountryId ORDER BY count(*) DESC LIMIT 1
SELECT T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T1.CountryId ORDER BY count(*) DESC LIMIT 1
SELECT car_names.Model, count(*) FROM car_makers AS T1 GROUP BY T1.FullName
SELECT T1.FullName, count(*) FROM car_makers AS T1 GROUP BY T1.FullName
SELECT T1.Accelerate FROM cars_data AS T1 WHERE car_names.Make = 'value'
SELECT T1.Accelerate FROM cars_data AS T1 WHERE car_names.Make = 'value' AND car_names.Make = 'value'
SELECT count(*) FROM car_makers AS T1 WHERE T1.Maker = 'value'
SELECT count(*) FROM car_makers AS T1 WHERE T1.Maker = 'France'
SELECT count(DISTINCT T1.Model) FROM car_names AS T1
SELECT count(*) FROM car_names AS T1 WHERE T1.Model = 'United States'
SELECT avg(T1.MPG) FROM cars_data AS T1 WHERE T1.Cylinders = 4
SELECT avg(T1.Cylinders) FROM cars_data AS T1 WHERE T1.Cylinders = 4
SELECT T1.Weight FROM cars_data AS T1 ORDER BY T1.Cylinders DESC LIMIT 1
SELECT avg(T1.Weight) FROM cars_data AS T1 WHERE T1.Cylinders < 8
SELECT DISTINCT T1.Maker FROM car_makers AS T1
SELECT DISTINCT T1.Maker FROM car_makers AS T1
SELECT T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T1.CountryId HAVING count(*) >= 1
SELECT T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T1.CountryId HAVING count(*) >= 1
SELECT count(*) FROM cars_data AS T1 WHERE T1.Horsepower > 150
SELECT count(*) FROM cars_data AS T1 WHERE T1.Horsepower > 150
SELECT avg(T1.Weight) FROM cars_data AS T1
SELECT avg(T1.Weight) FROM cars_data AS T1
SELECT T1.CountryName FROM countries AS T1 GROUP BY T1.CountryName HAVING count(*) > 3
SELECT T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T1.CountryId HAVING count(*) >= 3
SELECT max(T1.Horsepower) FROM cars_data AS T1 WHERE T1.Cylinders = 3
SELECT T1.Horsepower FROM cars_data AS T1 ORDER BY T1.Cylinders DESC LIMIT 1
SELECT T1.Model FROM model_list AS T1 ORDER BY T1.Maker DESC LIMIT 1
SELECT car_names.Model FROM cars_data AS T1 ORDER BY T1.MPG DESC LIMIT 1
SELECT avg(T1.Horsepower) FROM cars_data AS T1 WHERE T1.Year < 1980
SELECT avg(T1.Horsepower) FROM cars_data AS T1 JOIN cars_data AS T2 WHERE T1.Year = 1980
SELECT avg(T1.Edispl) FROM cars_data AS T1 WHERE car_names.Model = 'value'
SELECT avg(T1.Edispl) FROM cars_data AS T1
SELECT avg(T1.Accelerate) FROM cars_data AS T1
SELECT avg(T1.Accelerate) FROM cars_data AS T1
SELECT T1.Model FROM car_names AS T1 ORDER BY T1.Make DESC LIMIT 1
SELECT T1.Model FROM model_list AS T1 GROUP BY T1.Model ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders > 4
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders > 4
SELECT count(*) FROM cars_data AS T1 WHERE T1.Year = 1980
SELECT count(*) FROM cars_data AS T1 WHERE T1.Year = 1980
SELECT count(*) FROM car_names AS T1 WHERE car_makers.FullName = 'American Motor Company'
SELECT count(*) FROM car_names AS T1 JOIN model_list AS T2 ON T1.Model = T2.Model WHERE car_makers.Maker = 'American Motor Company'
SELECT T1.Maker FROM car_makers AS T1 WHERE T1.FullName > 3
SELECT T1.Maker FROM model_list AS T1 GROUP BY car_makers.Maker HAVING count(*) > 3
SELECT model_list.Model FROM car_makers AS T1 WHERE T1.FullName > 3500
SELECT T1.Model FROM model_list AS T1 WHERE car_makers.Maker > 3500
SELECT T1.Year FROM cars_data AS T1 WHERE T1.Year > 3000
SELECT T1.Year FROM cars_data AS T1 WHERE T1.Year > 4000
SELECT T1.Horsepower FROM cars_data AS T1 ORDER BY T1.Accelerate DESC LIMIT 1
SELECT T1.Horsepower FROM cars_data AS T1 ORDER BY T1.Accelerate DESC LIMIT 1
SELECT T1.Cylinders FROM cars_data AS T1 GROUP BY T1.Cylinders HAVING count(*) > 'value'
SELECT T1.Cylinders FROM cars_data AS T1 GROUP BY T1.Cylinders HAVING count(*) > 'value'
SELECT T1.Accelerate FROM cars_data AS T1 ORDER BY T1.Horsepower DESC LIMIT 1
SELECT T1.Accelerate FROM cars_data AS T1 ORDER BY T1.Horsepower DESC LIMIT 1
SELECT count(*) FROM countries AS T1 WHERE T1.CountryId NOT IN (SELECT T1.CountryId FROM car_makers AS T2)
SELECT count(*) FROM countries AS T1 WHERE T1.CountryId NOT IN (SELECT T1.CountryId FROM car_makers AS T2)
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders = 6
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders = 6
SELECT T1.Cylinders FROM cars_data AS T1 ORDER BY T1.Horsepower DESC LIMIT 1
SELECT T1.Cylinders FROM cars_data AS T1 ORDER BY T1.Horsepower DESC LIMIT 1
SELECT car_names.Make FROM cars_data AS T1 WHERE T1.Horsepower > 3
SELECT car_names.Make FROM cars_data AS T1 JOIN cars_data AS T2 WHERE T1.Horsepower > 4
SELECT avg(T1.Cylinders) FROM cars_data AS T1 WHERE T1.Cylinders > 8
SELECT avg(T1.MPG) FROM cars_data AS T1 WHERE T1.Cylinders < 8
SELECT T1.Model FROM model_list AS T1 WHERE T1.Maker BETWEEN 3500 AND 'value'
SELECT T1.Model FROM model_list AS T1 WHERE continents.Continent BETWEEN 3500 AND 'value'
SELECT T1.CountryName FROM countries AS T1 WHERE T1.CountryId NOT IN (SELECT T1.CountryId FROM car_makers AS T2)
SELECT T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId WHERE T2.Maker = 'value'
SELECT T1.Maker FROM car_makers AS T1 GROUP BY T1.Maker HAVING count(*) > 2
SELECT T1.Maker FROM car_makers AS T1 GROUP BY T1.Maker HAVING count(*) > 2
SELECT T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId WHERE T2.Maker > 3
SELECT T1.CountryName FROM countries AS T1 WHERE car_makers.Maker > 3
SELECT T1.Country FROM airlines AS T1 WHERE T1.Airline = 'JetBlue Airways'
SELECT T1.Country FROM airports AS T1 WHERE T1.AirportName = 'Jetblue Airways'
SELECT T1.Abbreviation FROM airlines AS T1 WHERE T1.Airline = 'JetBlue Airways'
SELECT T1.Abbreviation FROM airlines AS T1 WHERE T1.Airline = 'Jetblue Airways'
SELECT T1.Airline FROM airlines AS T1 WHERE T1.Abbreviation = 'USA'
SELECT T1.Airline FROM airlines AS T1 WHERE T1.Abbreviation = 'USA'
SELECT T1.AirportCode FROM airports AS T1 WHERE T1.City = 'Anthony'
SELECT T1.AirportCode FROM airports AS T1 WHERE T1.City = 'Anthony'
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airports AS T1
SELECT count(*) FROM airports AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT T1.Airline FROM airlines AS T1 WHERE T1.Abbreviation = 'UAL'
SELECT T1.Airline FROM airlines AS T1 WHERE T1.Abbreviation = 'UAL'
SELECT count(DISTINCT T1.Airline) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1 WHERE T1.Airline = 'USA'
SELECT T1.City FROM airports AS T1 WHERE T1.AirportName = 'Alton'
SELECT T1.City FROM airports AS T1 WHERE T1.Country = 'Alton'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportName = 'AKO'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportName = 'AKO'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.City = 'Aberdeen'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportName = 'Aberdeen'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE * = 'value'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE * = 'value'
SELECT count(*) FROM flights AS T1 WHERE T1.DestAirport = 'ATO'
SELECT count(*) FROM flights AS T1 WHERE T1.FlightNo = 'value'
SELECT count(*) FROM airports AS T1 WHERE T1.City = 'City Aberdeen'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.Country = 'Aberdeen'
SELECT count(*) FROM airports AS T1 WHERE T1.City = 'Aberdeen'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.Country = 'Aberdeen'
SELECT count(*) FROM airports AS T1 WHERE T1.City = 'Aberdeen'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.Country = 'Aberdeen'
SELECT count(*) FROM airlines AS T1 JOIN airlines AS T2 WHERE T1.Airline = 'JetBlue Airways'
SELECT count(*) FROM flights AS T1 WHERE T1.FlightNo = 'value'
SELECT count(*) FROM airlines AS T1 JOIN flights AS T2 WHERE airports.AirportName = 'United Airlines'
SELECT count(*) FROM airlines AS T1 JOIN flights AS T2 WHERE airports.AirportName = 'United Airlines'
SELECT count(*) FROM airlines AS T1 JOIN flights AS T2 WHERE airports.AirportName = 'United Airlines'
SELECT count(*) FROM airlines AS T1 JOIN airports AS T2 WHERE T2.AirportName = 'United Airlines'
SELECT count(*) FROM airports AS T1 JOIN airlines AS T2 WHERE T1.City = 'Aberdeen'
SELECT count(*) FROM airlines AS T1 JOIN airports AS T2 WHERE T1.Airline = 'United Airlines'
SELECT T1.City FROM airports AS T1 GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.City FROM airports AS T1 GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.City FROM airports AS T1 GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.City FROM airports AS T1 GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode GROUP BY T1.AirportCode ORDER BY count(*) DESC LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 GROUP BY T1.AirportCode ORDER BY count(*) DESC LIMIT 1
SELECT T2.AirportCode FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode GROUP BY T2.AirportCode ORDER BY count(*) DESC LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode GROUP BY T1.AirportCode ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM airlines AS T1
SELECT T1.Airline FROM airlines AS T1 GROUP BY T1.Airline ORDER BY count(*) DESC LIMIT 1
SELECT T1.Abbreviation FROM airlines AS T1 GROUP BY T1.Abbreviation ORDER BY count(*) DESC LIMIT 1
SELECT airlines.Abbreviation FROM flights AS T1 JOIN flights AS T2 GROUP BY airlines.Abbreviation ORDER BY count(*) DESC LIMIT 1
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 WHERE airports.AirportName = 'AHD'
SELECT T1.Airline FROM airlines AS T1 JOIN airports AS T2 WHERE flights.SourceAirport = 'AHD'
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 WHERE airports.AirportName = 'AHD'
SELECT T1.Airline FROM airlines AS T1 JOIN airports AS T2 WHERE flights.DestAirport = 'AHD'
SELECT airlines.Airline FROM airports AS T1 JOIN airports AS T2 WHERE T1.AirportName = 'APG'
SELECT T1.Airline FROM airlines AS T1 JOIN airports AS T2 WHERE T2.AirportName = 'APG'
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 WHERE airports.AirportName = 'CVO'
SELECT T1.Airline FROM airlines AS T1 JOIN airports AS T2 WHERE T2.AirportName = 'CVO'
SELECT count(*) FROM airlines AS T1 WHERE T1.Airline > 10
SELECT count(*) FROM airlines AS T1 WHERE flights.Airline NOT IN (SELECT T2.Airline FROM flights AS T2)
SELECT count(*) FROM airlines AS T1 WHERE flights.FlightNo > 200
SELECT count(*) FROM airlines AS T1 WHERE flights.FlightNo > 200
SELECT flights.FlightNo FROM airlines AS T1 WHERE T1.Airline = 'United Airlines'
SELECT T1.FlightNo FROM flights AS T1 WHERE airlines.Airline = 'United Airlines'
SELECT T1.FlightNo FROM flights AS T1 WHERE airports.AirportName = 'APG'
SELECT T1.FlightNo FROM flights AS T1 WHERE airports.Country = 'APG'
SELECT T1.FlightNo FROM flights AS T1 WHERE airports.AirportName = 'APG'
SELECT T1.FlightNo FROM flights AS T1 WHERE airports.Country = 'APG'
SELECT flights.FlightNo FROM airports AS T1 WHERE T1.City = 'Aberdeen '
SELECT T1.FlightNo FROM flights AS T1 WHERE airports.Country = 'Aberdeen'
SELECT flights.FlightNo FROM airports AS T1 WHERE T1.City = 'Aberdeen'
SELECT T1.FlightNo FROM flights AS T1 WHERE airports.Country = 'Aberdeen'
SELECT count(*) FROM airports AS T1 WHERE T1.City = 'Aberdeen'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.Country = 'Aberdeen'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportCode NOT IN (SELECT T1.AirportCode FROM flights AS T2)
SELECT T1.AirportName FROM airports AS T1 JOIN flights AS T2 ON T2.DestAirport = T1.AirportCode
SELECT count(*) FROM employee AS T1
SELECT count(*) FROM employee AS T1
SELECT T1.Name FROM employee AS T1 ORDER BY T1.Age
SELECT T1.Name FROM employee AS T1 ORDER BY T1.Age
SELECT T1.City, count(*) FROM employee AS T1 GROUP BY T1.City
SELECT T1.City, count(*) FROM employee AS T1 GROUP BY T1.City
SELECT T1.City FROM employee AS T1 GROUP BY T1.City HAVING count(*) > 1
SELECT T1.City FROM employee AS T1 WHERE T1.Age > 1
SELECT T1.Location, count(*) FROM shop AS T1 GROUP BY T1.Location
SELECT T1.Location, count(*) FROM shop AS T1 GROUP BY T1.Location
SELECT T1.Manager_name FROM shop AS T1 ORDER BY T1.Number_products DESC LIMIT 1
SELECT T1.Manager_name FROM shop AS T1 ORDER BY T1.Number_products DESC LIMIT 1
SELECT avg(T1.Number_products) FROM shop AS T1
SELECT avg(T1.Number_products) FROM shop AS T1
SELECT T1.Name FROM shop AS T1 ORDER BY T1.District
SELECT T1.Number_products FROM shop AS T1 ORDER BY T1.Number_products
SELECT T1.Name FROM shop AS T1 WHERE T1.Number_products > (SELECT avg(T2.Number_products) FROM shop AS T2)
SELECT T1.Shop_ID FROM shop AS T1 WHERE T1.Number_products > (SELECT avg(T2.Number_products) FROM shop AS T2)
SELECT T2.Name FROM evaluation AS T1 JOIN employee AS T2 ON T1.Employee_ID = T2.Employee_ID GROUP BY T1.Employee_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T2.Employee_ID = T1.Employee_ID GROUP BY T1.Employee_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T2.Employee_ID = T1.Employee_ID ORDER BY evaluation.Bonus DESC LIMIT 1
SELECT employee.Name FROM evaluation AS T1 ORDER BY T1.Bonus DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T2.Employee_ID = T1.Employee_ID
SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T2.Employee_ID = T1.Employee_ID
SELECT employee.Name FROM hiring AS T1 JOIN shop AS T2 ON T1.Shop_ID = T2.Shop_ID GROUP BY T1.Shop_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T2.Employee_ID = T1.Employee_ID GROUP BY shop.Shop_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM shop AS T1 WHERE T1.Shop_ID NOT IN (SELECT T1.Shop_ID FROM hiring AS T2)
SELECT employee.Name FROM shop AS T1 JOIN hiring AS T2 ON T2.Shop_ID = T1.Shop_ID
SELECT employee.Name, count(*) FROM shop AS T1 GROUP BY employee.Name
SELECT employee.Name, count(*) FROM shop AS T1 JOIN hiring AS T2 ON T2.Shop_ID = T1.Shop_ID GROUP BY employee.Name
SELECT avg(T1.Bonus) FROM evaluation AS T1
SELECT avg(T1.Bonus) FROM evaluation AS T1
SELECT * FROM hiring AS T1
SELECT * FROM hiring AS T1
SELECT T1.District FROM shop AS T1 WHERE T1.Number_products > 3000
SELECT T1.District FROM shop AS T1 WHERE T1.Number_products > 3000
SELECT count(DISTINCT T1.Location) FROM shop AS T1
SELECT count(DISTINCT T1.Location) FROM shop AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT T1.Document_Name, T1.Document_Description FROM Documents AS T1
SELECT T1.Document_Name, T1.Document_Description FROM Documents AS T1
SELECT T1.Document_Name, T1.Template_ID FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T1.Template_ID = 'value'
SELECT T1.Document_Name FROM Documents AS T1 JOIN Documents AS T2 WHERE T1.Document_Description = 'value'
SELECT T1.Document_ID FROM Documents AS T1 WHERE T1.Document_Description = 'Robbin CV'
SELECT T1.Document_ID FROM Documents AS T1 WHERE T1.Document_Description = 'Robbin CV'
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Templates AS T1 WHERE T1.Template_Type_Code = 'PPT'
SELECT count(*) FROM Documents AS T1 WHERE Templates.Template_Type_Code = 'PPT'
SELECT count(DISTINCT T1.Template_ID) FROM Documents AS T1
SELECT count(DISTINCT T1.Template_ID) FROM Documents AS T1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY Documents.Template_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_ID FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID GROUP BY T2.Template_ID HAVING count(*) >= 1
SELECT T1.Template_ID FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID GROUP BY T2.Template_ID HAVING count(*) >= 'value'
SELECT T1.Template_ID FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID
SELECT Documents.Template_ID FROM Templates AS T1 EXCEPT SELECT T2.Template_ID FROM Documents AS T2
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT T1.Template_Type_Code, T1.Version_Number FROM Templates AS T1
SELECT DISTINCT T1.Version_Number FROM Templates AS T1
SELECT DISTINCT T1.Template_Type_Code FROM Templates AS T1
SELECT DISTINCT T1.Template_Type_Code FROM Templates AS T1
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Template_Type_Code = 'PP'
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Template_Type_Code = 'PP'
SELECT count(*) FROM Templates AS T1 WHERE T1.Template_Type_Code = 'CV'
SELECT count(*) FROM Templates AS T1 WHERE T1.Template_Type_Code = 'CV'
SELECT T1.Version_Number FROM Templates AS T1 GROUP BY T1.Version_Number HAVING count(*) > 5
SELECT T1.Version_Number FROM Templates AS T1 WHERE T1.Template_Type_Code > 5
SELECT T1.Template_Type_Code, count(*) FROM Templates AS T1 GROUP BY T1.Template_Type_Code
SELECT T1.Template_Type_Code, count(*) FROM Templates AS T1 GROUP BY T1.Template_Type_Code
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code HAVING count(*) > 3
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code HAVING count(*) > 3
SELECT T1.Version_Number FROM Templates AS T1 GROUP BY T1.Version_Number ORDER BY count(*) DESC LIMIT 1
SELECT max(T1.Version_Number) FROM Templates AS T1
SELECT T1.Template_Type_Code FROM Templates AS T1 JOIN Documents AS T2 ON T2.Template_ID = T1.Template_ID WHERE T2.Document_Name = 'Data base'
SELECT T1.Template_Type_Code FROM Templates AS T1 JOIN Documents AS T2 ON T2.Template_ID = T1.Template_ID WHERE T2.Document_Name = 'Data'
SELECT T1.Document_Name FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Template_Type_Code = 'BK'
SELECT T1.Document_Name FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Template_Type_Code = 'BK'
SELECT T1.Template_Type_Code, count(*) FROM Templates AS T1 GROUP BY T1.Template_Type_Code
SELECT T1.Template_Type_Code, count(*) FROM Templates AS T1 GROUP BY T1.Template_Type_Code
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 EXCEPT SELECT T2.Template_Type_Code FROM Templates AS T2
SELECT T1.Template_Type_Code FROM Templates AS T1 EXCEPT SELECT T2.Template_Type_Code FROM Templates AS T2
SELECT T1.Template_Type_Code, T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT T1.Template_Type_Code, T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1 WHERE Templates.Template_Type_Code = 'AD'
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1 WHERE Templates.Template_Type_Code = 'AD'
SELECT T1.Template_Type_Code FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'Book'
SELECT T1.Template_Type_Code FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'Book'
SELECT DISTINCT T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT DISTINCT T1.Document_Description FROM Documents AS T1
SELECT T1.Template_Type_Code FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'Presentation'
SELECT Documents.Template_ID FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'Presentation'
SELECT count(*) FROM Paragraphs AS T1
SELECT count(*) FROM Paragraphs AS T1
SELECT count(*) FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Document_Name = 'Summer Show'
SELECT count(*) FROM Paragraphs AS T1 JOIN Paragraphs AS T2 WHERE Documents.Document_Name = 'Summer Show'
SELECT T1.Other_Details FROM Paragraphs AS T1 WHERE T1.Paragraph_Text != 'Korea '
SELECT T1.Other_Details FROM Paragraphs AS T1 WHERE T1.Paragraph_Text != 'Korea '
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Document_Name = 'Welcome to NY'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE Documents.Document_Name != 'Welcome to NY'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE Documents.Document_Name = 'Customer reviews'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID WHERE T2.Document_Name = 'Customer reviews'
SELECT T1.Document_ID, count(*) FROM Paragraphs AS T1 GROUP BY T1.Document_ID ORDER BY count(*) DESC
SELECT count(DISTINCT T1.Document_ID) FROM Paragraphs AS T1
SELECT count(DISTINCT Documents.Document_Name) FROM Paragraphs AS T1
SELECT T2.Document_Name, count(*) FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID GROUP BY T2.Document_Name
SELECT T1.Document_ID FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID GROUP BY T2.Document_ID HAVING count(*) >= 2
SELECT T1.Document_ID FROM Paragraphs AS T1 JOIN Documents AS T2 ON T1.Document_ID = T2.Document_ID GROUP BY T2.Document_ID HAVING count(*) > 2
SELECT T2.Document_ID FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID GROUP BY T1.Document_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_ID FROM Documents AS T1 GROUP BY T1.Template_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Document_ID FROM Paragraphs AS T1 GROUP BY T1.Document_ID ORDER BY count(*) DESC LIMIT 1
SELECT Paragraphs.Document_ID FROM Documents AS T1 GROUP BY Paragraphs.Document_ID ORDER BY count(*) DESC LIMIT 1
SELECT Paragraphs.Document_ID FROM Documents AS T1 GROUP BY Paragraphs.Document_ID HAVING count(*) > 1
SELECT Paragraphs.Document_ID FROM Documents AS T1 GROUP BY T1.Document_ID HAVING count(*) > 1
SELECT Paragraphs.Document_ID FROM Documents AS T1 WHERE Paragraphs.Paragraph_Text != 'Brazil'
SELECT T1.Document_Name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T2.Document_ID = T1.Document_ID WHERE T2.Paragraph_Text = 'Brazil'
SELECT count(*) FROM teacher AS T1
SELECT count(*) FROM teacher AS T1
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Age
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Age
SELECT T1.Age, T1.Hometown FROM teacher AS T1
SELECT T1.Age, T1.Hometown FROM teacher AS T1
SELECT T1.Name FROM teacher AS T1 WHERE T1.Hometown != 'Little Lever Urban District'
SELECT T1.Name FROM teacher AS T1 WHERE T1.Teacher_ID NOT IN (SELECT T1.Teacher_ID FROM course_arrange AS T2)
SELECT T1.Name FROM teacher AS T1 WHERE course_arrange.Grade != 32
SELECT T1.Name FROM teacher AS T1 JOIN course_arrange AS T2 ON T2.Teacher_ID = T1.Teacher_ID WHERE T1.Age = 32
SELECT T1.Hometown FROM teacher AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Hometown, count(*) FROM teacher AS T1 GROUP BY T1.Hometown
SELECT count(DISTINCT T1.Hometown) FROM teacher AS T1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown HAVING count(*) >= 2
SELECT * FROM course_arrange AS T1 JOIN course AS T2 ON T1.Course_ID = T2.Course_ID GROUP BY T2.Course_ID HAVING count(*) >= 2
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Name
SELECT DISTINCT T1.Name FROM teacher AS T1
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Name
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Name
SELECT T1.Name FROM teacher AS T1 JOIN course_arrange AS T2 ON T2.Teacher_ID = T1.Teacher_ID WHERE course.Course = 'value'
SELECT teacher.Name FROM course AS T1 JOIN course AS T2 WHERE T1.Course = 'value'
SELECT T1.Name, count(*) FROM teacher AS T1 GROUP BY T1.Name
SELECT count(DISTINCT T1.Name) FROM teacher AS T1
SELECT T1.Name FROM teacher AS T1 GROUP BY T1.Name HAVING count(*) >= 2
SELECT T1.Name FROM teacher AS T1 JOIN course_arrange AS T2 ON T2.Teacher_ID = T1.Teacher_ID GROUP BY T1.Teacher_ID HAVING count(*) >= 2
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Name
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Name
SELECT count(*) FROM visitor AS T1 WHERE T1.Age > 30
SELECT T1.Name FROM visitor AS T1 ORDER BY T1.Level_of_membership DESC LIMIT 1
SELECT avg(T1.Age) FROM visitor AS T1 WHERE T1.Level_of_membership < 4
SELECT T1.Name, T1.Level_of_membership FROM visitor AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Museum_ID FROM museum AS T1 ORDER BY T1.Num_of_Staff DESC LIMIT 1
SELECT avg(T1.Num_of_Staff) FROM museum AS T1 WHERE T1.Open_Year = 2009
SELECT T1.Open_Year FROM museum AS T1 WHERE T1.Num_of_Staff = 'value'
SELECT T1.Name FROM museum AS T1 WHERE T1.Num_of_Staff > (SELECT avg(T2.Num_of_Staff) FROM museum AS T2)
SELECT museum.Museum_ID FROM visit AS T1 JOIN visitor AS T2 ON T1.visitor_ID = T2.ID WHERE museum.Num_of_Staff > 'value'
SELECT T1.Museum_ID FROM visit AS T1 JOIN visitor AS T2 ON T1.visitor_ID = T2.ID ORDER BY T1.Total_spent DESC LIMIT 1
SELECT T1.Museum_ID FROM museum AS T1 JOIN visit AS T2 ON T2.Museum_ID = T1.Museum_ID GROUP BY T1.Museum_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM museum AS T1 WHERE T1.Museum_ID NOT IN (SELECT T1.Museum_ID FROM visit AS T2)
SELECT visitor.Age FROM visit AS T1 GROUP BY visitor.Age ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.Num_of_Ticket) FROM visit AS T1
SELECT sum(T1.Num_of_Ticket) FROM visit AS T1 JOIN visitor AS T2 ON T1.visitor_ID = T2.ID WHERE T2.Level_of_membership = 1
SELECT T1.Name FROM museum AS T1 WHERE T1.Open_Year > 2009
SELECT count(*) FROM museum AS T1 WHERE T1.Open_Year > 2010
SELECT count(*) FROM museum AS T1 WHERE T1.Open_Year > 2013
SELECT count(*) FROM players AS T1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT T1.first_name FROM players AS T1 WHERE T1.country_code = 'USA'
SELECT T1.first_name FROM players AS T1 WHERE T1.birth_date = 'value'
SELECT avg(T1.winner_age) FROM matches AS T1
SELECT avg(T1.winner_age) FROM matches AS T1
SELECT avg(T1.winner_rank) FROM matches AS T1
SELECT avg(T1.winner_rank) FROM matches AS T1
SELECT T1.loser_rank FROM matches AS T1 GROUP BY T1.loser_rank ORDER BY count(*) DESC LIMIT 1
SELECT T1.loser_rank_points FROM matches AS T1 GROUP BY T1.loser_rank_points ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.country_code) FROM players AS T1
SELECT count(DISTINCT T1.country_code) FROM players AS T1
SELECT count(DISTINCT T1.loser_name) FROM matches AS T1
SELECT count(DISTINCT T1.loser_name) FROM matches AS T1
SELECT T1.tourney_name FROM matches AS T1 GROUP BY T1.tourney_name HAVING count(*) > 10
SELECT T1.loser_name FROM matches AS T1 GROUP BY T1.loser_name HAVING count(*) > 10
SELECT T1.winner_name FROM matches AS T1 WHERE T1.loser_name = 2013
SELECT T1.first_name FROM players AS T1 WHERE T1.hand = 2013
SELECT count(*) FROM matches AS T1 WHERE T1.year = 2013
SELECT count(*) FROM matches AS T1 WHERE T1.loser_name = 2013
SELECT T1.country_code FROM players AS T1 WHERE T1.last_name = 'WTA Championships'
SELECT T1.first_name FROM players AS T1 WHERE T1.last_name = 'WTA Championships'
SELECT T1.first_name FROM players AS T1 ORDER BY T1.country_code DESC LIMIT 1
SELECT T1.first_name FROM players AS T1 ORDER BY T1.country_code DESC LIMIT 1
SELECT T1.first_name FROM players AS T1 ORDER BY T1.birth_date
SELECT T1.first_name FROM players AS T1 ORDER BY T1.birth_date
SELECT T1.first_name FROM players AS T1 ORDER BY T1.birth_date
SELECT T1.first_name FROM players AS T1 ORDER BY T1.birth_date
SELECT T1.first_name FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.year FROM matches AS T1 GROUP BY T1.year ORDER BY count(*) DESC LIMIT 1
SELECT T1.year FROM matches AS T1 GROUP BY T1.year ORDER BY count(*) DESC LIMIT 1
SELECT T1.winner_rank_points FROM matches AS T1 GROUP BY T1.winner_rank_points ORDER BY count(*) DESC LIMIT 1
SELECT T1.winner_name FROM matches AS T1 JOIN matches AS T2 GROUP BY T1.winner_rank_points ORDER BY count(*) DESC LIMIT 1
SELECT T1.winner_name FROM matches AS T1 ORDER BY T1.loser_rank_points DESC LIMIT 1
SELECT T1.winner_name FROM matches AS T1 ORDER BY T1.loser_rank_points DESC LIMIT 1
SELECT T1.loser_name FROM matches AS T1 ORDER BY T1.minutes DESC LIMIT 1
SELECT T1.winner_name FROM matches AS T1 ORDER BY T1.loser_name DESC LIMIT 1
SELECT avg(rankings.ranking) FROM players AS T1
SELECT avg(T1.first_name) FROM players AS T1
SELECT avg(T1.ranking_points) FROM rankings AS T1
SELECT sum(players.first_name) FROM rankings AS T1
SELECT T1.country_code, count(*) FROM players AS T1 GROUP BY T1.country_code
SELECT T1.country_code, count(*) FROM players AS T1 GROUP BY T1.country_code
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code HAVING count(*) > 50
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code HAVING count(*) > 50
SELECT count(DISTINCT T1.tours) FROM rankings AS T1
SELECT count(DISTINCT T1.tours) FROM rankings AS T1
SELECT T1.year, count(*) FROM matches AS T1 GROUP BY T1.year
SELECT T1.year, count(*) FROM matches AS T1 GROUP BY T1.year
SELECT T1.winner_name FROM matches AS T1 ORDER BY T1.winner_age DESC LIMIT 1
SELECT T1.winner_name FROM matches AS T1 ORDER BY T1.winner_age DESC LIMIT 1
SELECT count(*) FROM matches AS T1 WHERE T1.loser_name = 'WTA Championships'
SELECT count(*) FROM matches AS T1 WHERE players.first_name = 'WTA Championships'
SELECT players.first_name FROM matches AS T1 ORDER BY T1.winner_rank_points DESC LIMIT 1
SELECT T1.first_name FROM players AS T1 ORDER BY matches.winner_rank_points DESC LIMIT 1
SELECT T1.hand, count(*) FROM players AS T1 GROUP BY T1.hand
SELECT T1.hand, count(*) FROM players AS T1 GROUP BY T1.hand
SELECT count(DISTINCT T1.disposition_of_ship) FROM ship AS T1
SELECT T1.name FROM ship AS T1 ORDER BY T1.tonnage
SELECT T1.name, T1.result FROM battle AS T1
SELECT avg(T1.caused_by_ship_id) FROM death AS T1
SELECT avg(T1.caused_by_ship_id) FROM death AS T1
SELECT T2.name FROM death AS T1 JOIN ship AS T2 ON T1.caused_by_ship_id = T2.id WHERE T2.tonnage = 't'
SELECT T1.name FROM battle AS T1 WHERE T1.bulgarian_commander != 'Boril'
SELECT DISTINCT T1.name FROM battle AS T1 JOIN ship AS T2 ON T2.lost_in_battle = T1.id WHERE T2.ship_type = 'Brig'
SELECT T1.name FROM battle AS T1 GROUP BY T1.name HAVING count(*) > 10
SELECT T1.name FROM ship AS T1 JOIN death AS T2 ON T2.caused_by_ship_id = T1.id GROUP BY T2.caused_by_ship_id ORDER BY count(*) DESC LIMIT 1
SELECT DISTINCT T1.name FROM battle AS T1 WHERE T1.latin_commander = 'Kaloyan'
SELECT count(DISTINCT T1.result) FROM battle AS T1
SELECT count(*) FROM ship AS T1 WHERE T1.tonnage > 'value'
SELECT T1.name FROM battle AS T1 JOIN ship AS T2 ON T2.lost_in_battle = T1.id WHERE T2.lost_in_battle = 'value'
SELECT T1.name, T1.bulgarian_commander FROM battle AS T1 JOIN ship AS T2 ON T2.lost_in_battle = T1.id WHERE T2.lost_in_battle = 'value'
SELECT T1.note FROM death AS T1 WHERE T1.note LIKE '%East%'
SELECT T1.line_1 FROM Addresses AS T1
SELECT T2.first_name, T1.line_1 FROM Addresses AS T1 JOIN Students AS T2 ON T2.permanent_address_id = T1.address_id
SELECT count(*) FROM Courses AS T1
SELECT count(*) FROM Courses AS T1
SELECT T1.course_name FROM Courses AS T1
SELECT T1.course_description FROM Courses AS T1 WHERE T1.course_name = 'value'
SELECT T1.zip_postcode FROM Addresses AS T1 WHERE T1.city = 'Port Chelsea'
SELECT T1.zip_postcode FROM Addresses AS T1 WHERE T1.country = 'Port Chelsea'
SELECT T1.department_name FROM Departments AS T1 GROUP BY T1.department_name ORDER BY count(*) DESC LIMIT 1
SELECT Departments.department_name FROM Degree_Programs AS T1 ORDER BY T1.degree_summary_name DESC LIMIT 1
SELECT count(*) FROM Degree_Programs AS T1
SELECT count(DISTINCT T1.degree_summary_name) FROM Degree_Programs AS T1
SELECT count(DISTINCT T1.degree_summary_name) FROM Degree_Programs AS T1
SELECT count(DISTINCT T1.degree_summary_name) FROM Degree_Programs AS T1
SELECT count(DISTINCT T1.degree_summary_name) FROM Degree_Programs AS T1
SELECT count(DISTINCT T1.degree_summary_name) FROM Degree_Programs AS T1
SELECT T1.section_name FROM Sections AS T1
SELECT T1.section_name FROM Sections AS T1
SELECT T1.course_id FROM Sections AS T1 JOIN Sections AS T2 GROUP BY T1.section_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.course_id FROM Sections AS T1 ORDER BY T1.section_name DESC LIMIT 1
SELECT T1.section_name FROM Sections AS T1 ORDER BY T1.section_name
SELECT T1.section_name FROM Sections AS T1 ORDER BY T1.section_name
SELECT T1.semester_name FROM Semesters AS T1 JOIN Student_Enrolment AS T2 ON T2.semester_id = T1.semester_id GROUP BY T1.semester_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.semester_name FROM Semesters AS T1 JOIN Student_Enrolment AS T2 ON T2.semester_id = T1.semester_id GROUP BY T1.semester_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.department_description FROM Departments AS T1 WHERE T1.department_name = 'value'
SELECT T1.department_description FROM Departments AS T1 WHERE T1.department_name = 1
SELECT Semesters.semester_name FROM Degree_Programs AS T1 JOIN Student_Enrolment AS T2 ON T2.degree_program_id = T1.degree_program_id WHERE Students.middle_name = 2
SELECT T1.first_name, T1.last_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T2.student_id = T1.student_id
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 JOIN Degree_Programs AS T2 WHERE Students.middle_name = 'Bachelor'
SELECT DISTINCT T1.first_name FROM Students AS T1 WHERE T1.last_name = 'Bachelors'
SELECT Degree_Programs.degree_program_id FROM Student_Enrolment AS T1 GROUP BY Degree_Programs.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 GROUP BY T1.degree_summary_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_program_id FROM Degree_Programs AS T1 JOIN Student_Enrolment AS T2 ON T2.degree_program_id = T1.degree_program_id GROUP BY T1.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_program_id FROM Degree_Programs AS T1 ORDER BY T1.degree_summary_name DESC LIMIT 1
SELECT T1.student_id FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T2.student_id = T1.student_id GROUP BY T1.student_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.last_name FROM Students AS T1 GROUP BY T1.last_name HAVING count(*) >= 'value'
SELECT T1.semester_name FROM Semesters AS T1 WHERE T1.semester_name LIKE 'value'
SELECT T1.semester_name FROM Semesters AS T1 JOIN Student_Enrolment AS T2 ON T2.semester_id = T1.semester_id WHERE Courses.course_name = 'value'
SELECT T1.course_name FROM Courses AS T1 JOIN Student_Enrolment_Courses AS T2 ON T2.course_id = T1.course_id
SELECT T1.course_name FROM Courses AS T1
SELECT T1.course_name FROM Courses AS T1 GROUP BY T1.course_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.course_name FROM Courses AS T1 JOIN Student_Enrolment AS T2 GROUP BY T1.course_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.last_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T2.student_id = T1.student_id WHERE T1.date_first_registered = 'value'
SELECT T1.last_name FROM Students AS T1 WHERE T1.date_first_registered = 'value'
SELECT T1.transcript_date FROM Transcripts AS T1 GROUP BY T1.transcript_date HAVING count(*) >= 2
SELECT T1.transcript_date FROM Transcripts AS T1 GROUP BY T1.transcript_date HAVING count(*) >= 2
SELECT T1.first_name FROM Students AS T1 WHERE T1.last_name = 'Timmothy'
SELECT T1.cell_mobile_number FROM Students AS T1 WHERE Courses.course_name = 'Timmothy Ward'
SELECT T1.first_name FROM Students AS T1 WHERE T1.middle_name = 'value'
SELECT T1.first_name FROM Students AS T1 WHERE T1.last_name = 'value'
SELECT T1.first_name FROM Students AS T1 ORDER BY T1.middle_name DESC LIMIT 1
SELECT T1.first_name FROM Students AS T1 WHERE T1.last_name = 'value'
SELECT DISTINCT T2.permanent_address_id FROM Addresses AS T1 JOIN Students AS T2 ON T2.permanent_address_id = T1.address_id WHERE T1.country = 'value'
SELECT DISTINCT T1.first_name FROM Students AS T1 JOIN Addresses AS T2 ON T1.permanent_address_id = T2.address_id WHERE T1.permanent_address_id = 1
SELECT T1.address_id FROM Addresses AS T1 JOIN Students AS T2 ON T2.permanent_address_id = T1.address_id GROUP BY T1.address_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.line_1 FROM Addresses AS T1 GROUP BY T1.line_1 ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.transcript_date) FROM Transcripts AS T1
SELECT avg(T1.transcript_date) FROM Transcripts AS T1
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.other_details DESC LIMIT 1
SELECT count(*) FROM Transcripts AS T1 WHERE Courses.course_name = 'value'
SELECT count(*) FROM Transcripts AS T1
SELECT T1.transcript_date FROM Transcripts AS T1 WHERE T1.transcript_date = 'value'
SELECT Courses.course_name FROM Transcripts AS T1 JOIN Transcript_Contents AS T2 ON T2.transcript_id = T1.transcript_id
SELECT count(DISTINCT Courses.course_name) FROM Transcript_Contents AS T1
SELECT avg(T1.course_name) FROM Courses AS T1
SELECT T1.transcript_date FROM Transcripts AS T1 GROUP BY T1.transcript_date HAVING count(*) >= 'value'
SELECT T1.transcript_date FROM Transcripts AS T1 GROUP BY T1.transcript_date HAVING count(*) >= 'value'
SELECT T1.semester_name FROM Semesters AS T1 JOIN Student_Enrolment AS T2 ON T2.semester_id = T1.semester_id WHERE Courses.course_name = 'Master'
SELECT T1.semester_name FROM Semesters AS T1 JOIN Student_Enrolment AS T2 ON T2.semester_id = T1.semester_id WHERE Courses.course_name = 'Masters'
SELECT count(DISTINCT T1.current_address_id) FROM Students AS T1
SELECT DISTINCT T1.other_address_details FROM Addresses AS T1
SELECT T1.other_student_details FROM Students AS T1 ORDER BY T1.other_student_details
SELECT Student_Enrolment.other_details FROM Students AS T1 ORDER BY Student_Enrolment.other_details
SELECT T1.section_name FROM Sections AS T1 WHERE T1.section_name = 'value'
SELECT T1.section_description FROM Sections AS T1 WHERE T1.section_name = 'value'
SELECT T1.first_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T2.student_id = T1.student_id WHERE Addresses.country = 'Haiti'
SELECT T1.first_name FROM Students AS T1 WHERE T1.cell_mobile_number = 'Haiti'
SELECT T1.Title FROM Cartoon AS T1 ORDER BY T1.Title
SELECT T1.Title FROM Cartoon AS T1 ORDER BY T1.Title
SELECT T1.Directed_by FROM Cartoon AS T1 WHERE T1.Title = 'Ben Jones'
SELECT T1.Directed_by FROM Cartoon AS T1 WHERE T1.Directed_by = 'Ben Jones'
SELECT count(*) FROM Cartoon AS T1 WHERE T1.Written_by = 'Joseph Kuhr'
SELECT count(*) FROM Cartoon AS T1 WHERE T1.Title = 'Joseph Kuhr'
SELECT T1.Title FROM Cartoon AS T1 ORDER BY T1.Original_air_date DESC
SELECT T1.Title FROM Cartoon AS T1 ORDER BY T1.Original_air_date DESC
SELECT T1.Title FROM Cartoon AS T1 WHERE T1.Directed_by != 'Ben Jones'
SELECT T1.Title FROM Cartoon AS T1 WHERE T1.Directed_by = 'Ben Jones'
SELECT T1.Country FROM TV_Channel AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT T1.Country FROM TV_Channel AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT T1.series_name, count(*) FROM TV_Channel AS T1 GROUP BY T1.series_name
SELECT T1.Content, count(*) FROM TV_Channel AS T1 GROUP BY T1.Content
SELECT T1.Content FROM TV_Channel AS T1 WHERE T1.series_name = 'Sky Radio'
SELECT T1.Content FROM TV_Channel AS T1 WHERE T1.series_name = 'Sky Radio'
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE T1.series_name = 'Sky Radio'
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE T1.series_name = 'Package Options'
SELECT count(*) FROM TV_Channel AS T1 WHERE T1.Language = 'TV Channel'
SELECT count(*) FROM TV_Channel AS T1 WHERE T1.Language = 'TV Channels'
SELECT T1.Language FROM TV_Channel AS T1 GROUP BY T1.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Language FROM TV_Channel AS T1 GROUP BY T1.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Language, count(*) FROM TV_Channel AS T1 GROUP BY T1.Language
SELECT T1.Language, count(*) FROM TV_Channel AS T1 GROUP BY T1.Language
SELECT T1.Channel FROM Cartoon AS T1 JOIN Cartoon AS T2 WHERE TV_Channel.series_name > 'value'
SELECT T1.series_name FROM TV_Channel AS T1 JOIN TV_Channel AS T2 WHERE Cartoon.Title > 'value'
SELECT T1.Title FROM Cartoon AS T1 WHERE TV_Channel.series_name != 'Sky Radio'
SELECT T1.Title FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T2.series_name = 'Sky Radio'
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Rating
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Rating
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Rating DESC LIMIT 3
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Rating DESC LIMIT 1
SELECT avg(T1.Share) FROM TV_series AS T1
SELECT avg(T1.Share) FROM TV_series AS T1
SELECT T1.Air_Date FROM TV_series AS T1 WHERE T1.Episode = 'A Love of a Lifetime'
SELECT TV_series.Episode FROM Cartoon AS T1 WHERE T1.Original_air_date = 'A Love of a Lifetime'
SELECT T1.Weekly_Rank FROM TV_series AS T1 WHERE T1.Episode = 'A Love of a Lifetime'
SELECT T1.Weekly_Rank FROM TV_series AS T1 WHERE T1.Episode = 'A Love of a Lifetime'
SELECT T1.Channel FROM TV_series AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T2.series_name = 'A Love of a Lifetime'
SELECT T1.series_name FROM TV_Channel AS T1 JOIN TV_series AS T2 ON T2.Channel = T1.id WHERE T2.Episode = 'A Love of a Lifetime'
SELECT T1.Episode FROM TV_series AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T2.series_name = 'Sky Radio'
SELECT T1.Episode FROM TV_series AS T1 WHERE TV_Channel.series_name = 'Sky Radio'
SELECT T1.Directed_by, count(*) FROM Cartoon AS T1 GROUP BY T1.Directed_by
SELECT count(*) FROM Cartoon AS T1
SELECT T1.Production_code FROM Cartoon AS T1 GROUP BY T1.Production_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Production_code FROM Cartoon AS T1 ORDER BY T1.Channel DESC LIMIT 1
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE T1.Hight_definition_TV > 'value'
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE T1.Hight_definition_TV > 'value'
SELECT T2.Country FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.Written_by = 'Todd Casey'
SELECT T2.Country FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.Written_by = 'TV'
SELECT TV_Channel.Country FROM Cartoon AS T1 JOIN Cartoon AS T2 WHERE T1.Written_by = 'Todd Casey'
SELECT T2.Country FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.Written_by = 'Todd Casey'
SELECT T1.series_name FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T2.Channel = T1.id WHERE T2.Directed_by = 'Ben Jones'
SELECT T1.series_name FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T2.Channel = T1.id WHERE T2.Directed_by = 'TV'
SELECT T1.Pixel_aspect_ratio_PAR FROM TV_Channel AS T1 WHERE T1.Country = 'English'
SELECT T1.Pixel_aspect_ratio_PAR FROM TV_Channel AS T1 WHERE T1.Country = 'TV'
SELECT T1.id FROM TV_Channel AS T1 WHERE T1.Country > 2
SELECT TV_series.Channel FROM TV_Channel AS T1 GROUP BY TV_series.Channel HAVING count(*) > 2
SELECT T1.id FROM Cartoon AS T1 WHERE T1.Directed_by != 'Ben Jones'
SELECT T1.Channel FROM Cartoon AS T1 WHERE T1.Directed_by != 'TV'
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE Cartoon.Directed_by != 'Ben Jones'
SELECT T2.Package_Option FROM Cartoon AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.Directed_by = 'Ben Jones'
SELECT count(*) FROM poker_player AS T1
SELECT count(*) FROM poker_player AS T1
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings
SELECT T1.Final_Table_Made FROM poker_player AS T1 ORDER BY T1.Best_Finish DESC LIMIT 1
SELECT T1.Final_Table_Made FROM poker_player AS T1 ORDER BY T1.Best_Finish DESC LIMIT 1
SELECT avg(T1.Earnings) FROM poker_player AS T1
SELECT avg(T1.Earnings) FROM poker_player AS T1
SELECT T1.Money_Rank FROM poker_player AS T1 ORDER BY T1.Earnings DESC LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 ORDER BY T1.Earnings DESC LIMIT 1
SELECT avg(T1.Final_Table_Made) FROM poker_player AS T1 WHERE T1.Earnings > 200000
SELECT avg(T1.Final_Table_Made) FROM poker_player AS T1 WHERE T1.Earnings > (SELECT avg(T2.Earnings) FROM poker_player AS T2)
SELECT people.Name FROM poker_player AS T1
SELECT people.Name FROM poker_player AS T1
SELECT T1.Poker_Player_ID FROM poker_player AS T1 WHERE T1.Earnings > 300000
SELECT T1.Poker_Player_ID FROM poker_player AS T1 WHERE T1.Earnings > 300000
SELECT people.Name FROM poker_player AS T1 ORDER BY T1.Final_Table_Made DESC
SELECT T1.Poker_Player_ID FROM poker_player AS T1 ORDER BY T1.Final_Table_Made DESC
SELECT T1.Birth_Date FROM people AS T1 JOIN poker_player AS T2 ON T2.People_ID = T1.People_ID ORDER BY T2.Earnings DESC LIMIT 1
SELECT T1.Birth_Date FROM people AS T1 JOIN poker_player AS T2 ON T2.People_ID = T1.People_ID ORDER BY T2.Earnings DESC LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 ORDER BY T1.Earnings DESC LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 ORDER BY people.Height DESC LIMIT 1
SELECT avg(T1.Earnings) FROM poker_player AS T1 WHERE people.Height > 200
SELECT avg(T1.Earnings) FROM poker_player AS T1 WHERE T1.Money_Rank > 200
SELECT people.Name FROM poker_player AS T1 ORDER BY T1.Earnings DESC
SELECT people.Name FROM poker_player AS T1 ORDER BY T1.Earnings
SELECT T1.Nationality, count(*) FROM people AS T1 GROUP BY T1.Nationality
SELECT T1.Nationality, count(*) FROM people AS T1 GROUP BY T1.Nationality
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality ORDER BY count(*) DESC LIMIT 1
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality ORDER BY count(*) DESC LIMIT 1
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality HAVING count(*) > 2
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality HAVING count(*) > 2
SELECT T1.Name FROM people AS T1 ORDER BY T1.Birth_Date
SELECT T1.Name FROM people AS T1 ORDER BY T1.Birth_Date
SELECT T1.Name FROM people AS T1 WHERE T1.Nationality != 'Russia'
SELECT T1.Name FROM people AS T1 WHERE T1.Nationality != 'Russia'
SELECT T1.Name FROM people AS T1 WHERE T1.People_ID NOT IN (SELECT T1.People_ID FROM poker_player AS T2)
SELECT T1.Name FROM people AS T1 WHERE T1.People_ID NOT IN (SELECT T1.People_ID FROM poker_player AS T2)
SELECT count(DISTINCT T1.Nationality) FROM people AS T1
SELECT count(DISTINCT T1.Nationality) FROM people AS T1
SELECT count(*) FROM AREA_CODE_STATE AS T1
SELECT T1.contestant_number FROM CONTESTANTS AS T1 ORDER BY T1.contestant_name
SELECT T1.vote_id, T1.phone_number FROM VOTES AS T1
SELECT avg(T1.area_code) FROM AREA_CODE_STATE AS T1
SELECT T1.created, T1.created FROM VOTES AS T1 WHERE T1.state > 'value'
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name = 'Jessie Alloway'
SELECT DISTINCT T1.state FROM VOTES AS T1
SELECT T2.contestant_number FROM VOTES AS T1 JOIN CONTESTANTS AS T2 ON T1.contestant_number = T2.contestant_number GROUP BY T2.contestant_number HAVING count(*) >= 2
SELECT T1.contestant_name FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T2.contestant_number = T1.contestant_number GROUP BY T1.contestant_number ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM VOTES AS T1 JOIN CONTESTANTS AS T2 ON T1.contestant_number = T2.contestant_number WHERE T1.state = 'NY'
SELECT count(*) FROM CONTESTANTS AS T1 WHERE T1.contestant_name = 'value'
SELECT T1.area_code FROM AREA_CODE_STATE AS T1 GROUP BY T1.area_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.state, T1.state FROM VOTES AS T1 JOIN CONTESTANTS AS T2 ON T1.contestant_number = T2.contestant_number WHERE T1.phone_number = 'value'
SELECT AREA_CODE_STATE.area_code FROM CONTESTANTS AS T1 JOIN VOTES AS T2 ON T2.contestant_number = T1.contestant_number WHERE T1.contestant_name = 'Tabatha Gehling' AND T1.contestant_name = 'Kelly Clauss'
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name = 'Al'
SELECT T1.Name FROM country AS T1 WHERE T1.LifeExpectancy > 1950
SELECT T1.Name FROM country AS T1 WHERE T1.LifeExpectancy > 1950
SELECT T1.GovernmentForm, count(*) FROM country AS T1 GROUP BY T1.GovernmentForm
SELECT T1.GovernmentForm, count(*) FROM country AS T1 GROUP BY T1.GovernmentForm
SELECT avg(T1.SurfaceArea) FROM country AS T1 WHERE T1.Region = 'Caribbean'
SELECT sum(T1.SurfaceArea) FROM country AS T1 WHERE T1.Name = 'Carribean'
SELECT T1.Continent FROM country AS T1 WHERE T1.Name = 'Anguilla'
SELECT T1.Continent FROM country AS T1 WHERE T1.Name = 'Anguilla'
SELECT T1.Region FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code WHERE T2.Name = 'Kabul'
SELECT T1.Region FROM country AS T1 WHERE T1.Name = 'Kabul'
SELECT T1.Language FROM countrylanguage AS T1 GROUP BY T1.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Language FROM countrylanguage AS T1 WHERE T1.IsOfficial = 'Aruba'
SELECT T1.Population FROM country AS T1 WHERE T1.LifeExpectancy = 'value'
SELECT DISTINCT T1.Population FROM country AS T1 WHERE T1.LifeExpectancy = 'value'
SELECT T1.Region FROM country AS T1 WHERE T1.Population = 'value'
SELECT T1.Region FROM country AS T1 WHERE T1.Population = 'value'
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE T1.Region = 'Central Africa'
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE T1.LifeExpectancy = 'value'
SELECT T1.Name FROM country AS T1 ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT avg(T1.Population) FROM country AS T1
SELECT max(T1.GNP) FROM country AS T1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT avg(T1.SurfaceArea) FROM country AS T1 WHERE T1.Continent = 'Asia'
SELECT sum(T1.SurfaceArea) FROM country AS T1 WHERE T1.Name = 'Asia'
SELECT count(*) FROM city AS T1 WHERE T1.District = 'Gelderland'
SELECT avg(T1.Population) FROM city AS T1 WHERE T1.District = 'Gelderland'
SELECT avg(T1.GNP) FROM country AS T1 WHERE T1.GovernmentForm = 'GNP'
SELECT avg(T1.GNP) FROM country AS T1 WHERE T1.Continent = 'GNP'
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT count(*) FROM country AS T1 WHERE T1.GovernmentForm = 'Africa'
SELECT count(DISTINCT T1.GovernmentForm) FROM country AS T1
SELECT count(*) FROM countrylanguage AS T1 WHERE T1.Language = 'Aruba'
SELECT count(*) FROM countrylanguage AS T1 WHERE T1.IsOfficial = 'Aruba'
SELECT count(*) FROM countrylanguage AS T1 WHERE T1.Language = 'Afghanistan'
SELECT count(*) FROM countrylanguage AS T1 WHERE T1.IsOfficial = 'Afghanistan'
SELECT T1.Name FROM country AS T1 ORDER BY countrylanguage.Language DESC LIMIT 1
SELECT country.Name FROM countrylanguage AS T1 ORDER BY T1.Language DESC LIMIT 1
SELECT T1.Continent FROM country AS T1 GROUP BY T1.Continent ORDER BY count(*) DESC LIMIT 1
SELECT T1.Continent FROM country AS T1 GROUP BY T1.Continent ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1 WHERE T1.Name = 'English'
SELECT count(*) FROM country AS T1 WHERE T1.Name = 'English'
SELECT T1.Name FROM country AS T1 WHERE T1.LocalName = 'English'
SELECT T1.Name FROM country AS T1 WHERE T1.LocalName = 'English'
SELECT country.Name FROM countrylanguage AS T1 WHERE T1.Language = 'English'
SELECT T1.Name FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code WHERE countrylanguage.Language = 'English'
SELECT count(DISTINCT T1.Continent) FROM country AS T1
SELECT count(DISTINCT T1.Continent) FROM country AS T1
SELECT T1.Region FROM country AS T1 WHERE T1.Name = 'English'
SELECT T1.Region FROM country AS T1 WHERE T1.Name = 'Dutch'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code WHERE T2.Language = 'English'
SELECT countrylanguage.Language FROM country AS T1 ORDER BY T1.Continent DESC LIMIT 1
SELECT T1.Language FROM countrylanguage AS T1 GROUP BY T1.Language ORDER BY count(*) DESC LIMIT 1
SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T2.Language HAVING count(*) >= 1
SELECT T1.Language FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code
SELECT T1.Name FROM city AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE countrylanguage.Language = 'English'
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE countrylanguage.Language = 'English'
SELECT count(*) FROM country AS T1 WHERE T1.Name = 'English'
SELECT count(*) FROM country AS T1 WHERE T1.Name = 'English'
SELECT countrylanguage.IsOfficial FROM country AS T1 WHERE T1.HeadOfState = 'Beatrix'
SELECT T1.Name FROM country AS T1 WHERE T1.HeadOfState = 'Beatrix'
SELECT sum(countrylanguage.Language) FROM country AS T1 WHERE T1.LifeExpectancy = 1930
SELECT count(*) FROM country AS T1 WHERE countrylanguage.Language = 1930
SELECT T1.Name FROM country AS T1 WHERE T1.SurfaceArea > 'value'
SELECT T1.Name FROM country AS T1 WHERE T1.SurfaceArea > 'value'
SELECT T1.Name FROM country AS T1 WHERE T1.Population > 'value'
SELECT T1.Name FROM country AS T1 WHERE T1.Population > 'value'
SELECT T1.Name FROM country AS T1 WHERE T1.Population > 'value'
SELECT T1.Name FROM country AS T1 WHERE T1.Population > 'value'
SELECT T1.Code FROM country AS T1 WHERE T1.Name != 'English'
SELECT T1.Code FROM country AS T1 WHERE T1.Name != 'English'
SELECT T1.Code FROM country AS T1 WHERE countrylanguage.Language != 'English'
SELECT T1.Code FROM country AS T1 WHERE T1.Name != 'English'
SELECT T1.Code FROM country AS T1 WHERE T1.GovernmentForm != 'English'
SELECT T1.Code FROM country AS T1 WHERE T1.GovernmentForm != 'English'
SELECT T1.Name FROM city AS T1 JOIN city AS T2 WHERE countrylanguage.Language = 'European'
SELECT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE countrylanguage.Language = 'Europe'
SELECT T1.Name FROM city AS T1 JOIN city AS T2 WHERE countrylanguage.Language = 'Asian'
SELECT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE countrylanguage.Language = 'Asia'
SELECT T1.Name FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 1
SELECT T1.Population FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 1
SELECT T1.Name FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code GROUP BY T2.CountryCode HAVING count(*) >= 3
SELECT T1.Name FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code GROUP BY T2.CountryCode HAVING count(*) >= 2
SELECT avg(T1.District) FROM city AS T1 WHERE T1.Population = 'value'
SELECT avg(T1.District) FROM city AS T1 WHERE T1.Population = 'value'
SELECT avg(T1.GovernmentForm) FROM country AS T1 WHERE T1.LifeExpectancy < (SELECT avg(T2.LifeExpectancy) FROM country AS T2)
SELECT avg(T1.GovernmentForm) FROM country AS T1 WHERE T1.LifeExpectancy > (SELECT avg(T2.LifeExpectancy) FROM country AS T2)
SELECT avg(T1.LifeExpectancy) FROM country AS T1 WHERE T1.Continent = 72
SELECT avg(T1.Continent) FROM country AS T1 WHERE T1.LifeExpectancy = 72
SELECT T1.Name FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 5
SELECT T1.Name FROM country AS T1 GROUP BY T1.SurfaceArea ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.Population DESC LIMIT 3
SELECT T1.Name FROM country AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Name FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code GROUP BY T2.CountryCode ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1 WHERE T1.Name = 'Asia'
SELECT count(*) FROM country AS T1 WHERE T1.Name = 'Asia'
SELECT T1.Name FROM country AS T1 WHERE T1.Continent != 'Europe'
SELECT T1.Name FROM country AS T1 WHERE T1.Population = 80000
SELECT avg(T1.Population) FROM country AS T1 WHERE T1.Continent > 3000
SELECT avg(T1.Population) FROM country AS T1 WHERE T1.SurfaceArea > 3000
SELECT T1.Name FROM city AS T1 WHERE T1.Population > 160000
SELECT T1.Name FROM city AS T1 WHERE T1.Population > 160000
SELECT countrylanguage.Language FROM country AS T1 JOIN country AS T2 GROUP BY countrylanguage.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Language FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code GROUP BY T1.Language ORDER BY count(*) DESC LIMIT 1
SELECT max(T1.Language) FROM countrylanguage AS T1
SELECT T2.Code FROM countrylanguage AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code GROUP BY T1.Language ORDER BY count(*) DESC LIMIT 1
SELECT max(country.Name) FROM countrylanguage AS T1
SELECT count(*) FROM country AS T1 JOIN city AS T2 ON T2.CountryCode = T1.Code WHERE countrylanguage.Language = 'Spanish'
SELECT T1.Code FROM country AS T1 ORDER BY countrylanguage.Percentage DESC LIMIT 1
SELECT T1.Code FROM country AS T1 WHERE countrylanguage.Language = 'Spanish'
SELECT count(*) FROM conductor AS T1
SELECT count(*) FROM conductor AS T1
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Age
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Age
SELECT T1.Name FROM conductor AS T1 WHERE T1.Nationality = 'USA'
SELECT T1.Name FROM conductor AS T1 WHERE T1.Nationality != 'USA'
SELECT T1.Record_Company FROM orchestra AS T1 ORDER BY T1.Year_of_Founded
SELECT T1.Record_Company FROM orchestra AS T1 ORDER BY T1.Year_of_Founded
SELECT avg(T1.Attendance) FROM show AS T1
SELECT avg(T1.Attendance) FROM show AS T1
SELECT avg(T1.Share) FROM performance AS T1
SELECT avg(T1.Share) FROM performance AS T1
SELECT count(DISTINCT T1.Nationality) FROM conductor AS T1
SELECT count(DISTINCT T1.Nationality) FROM conductor AS T1
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Year_of_Work
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1
SELECT T1.Name FROM conductor AS T1
SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T2.Conductor_ID = T1.Conductor_ID GROUP BY T1.Conductor_ID HAVING count(*) >= 1
SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T2.Conductor_ID = T1.Conductor_ID GROUP BY T1.Conductor_ID HAVING count(*) >= 1
SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T2.Conductor_ID = T1.Conductor_ID GROUP BY T1.Conductor_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T2.Conductor_ID = T1.Conductor_ID GROUP BY T1.Conductor_ID ORDER BY count(*) DESC LIMIT 1
SELECT conductor.Name FROM orchestra AS T1 JOIN orchestra AS T2 WHERE T1.Year_of_Founded = 2008
SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T2.Conductor_ID = T1.Conductor_ID WHERE T2.Year_of_Founded = 2008
SELECT T1.Record_Company, count(*) FROM orchestra AS T1 GROUP BY T1.Record_Company
SELECT T1.Record_Company, count(*) FROM orchestra AS T1 GROUP BY T1.Record_Company
SELECT T1.Major_Record_Format FROM orchestra AS T1 ORDER BY T1.Major_Record_Format
SELECT T1.Major_Record_Format FROM orchestra AS T1 ORDER BY T1.Major_Record_Format
SELECT T1.Record_Company FROM orchestra AS T1 GROUP BY T1.Record_Company ORDER BY count(*) DESC LIMIT 1
SELECT T1.Record_Company FROM orchestra AS T1 GROUP BY T1.Record_Company ORDER BY count(*) DESC LIMIT 1
SELECT T1.Orchestra FROM orchestra AS T1 ORDER BY T1.Orchestra
SELECT T1.Orchestra FROM orchestra AS T1 WHERE T1.Orchestra_ID NOT IN (SELECT T1.Orchestra_ID FROM performance AS T2)
SELECT T1.Record_Company FROM orchestra AS T1 WHERE T1.Year_of_Founded > 2003
SELECT T1.Record_Company FROM orchestra AS T1 WHERE T1.Year_of_Founded > 2003
SELECT count(*) FROM orchestra AS T1 WHERE T1.Major_Record_Format = 'CD'
SELECT T1.Major_Record_Format, count(*) FROM orchestra AS T1 GROUP BY T1.Major_Record_Format
SELECT T1.Year_of_Founded FROM orchestra AS T1 GROUP BY T1.Year_of_Founded HAVING count(*) > 1
SELECT T1.Year_of_Founded FROM orchestra AS T1 GROUP BY T1.Year_of_Founded HAVING count(*) > 'value'
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT T1.name, T1.grade FROM Highschooler AS T1
SELECT T1.name, T1.grade FROM Highschooler AS T1
SELECT T1.grade, T1.grade FROM Highschooler AS T1
SELECT count(DISTINCT T1.grade) FROM Highschooler AS T1
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.name = 'Kyle'
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.name = 'Kyle'
SELECT T1.name FROM Highschooler AS T1 WHERE T1.grade = 10
SELECT T1.name FROM Highschooler AS T1 WHERE T1.grade = 10
SELECT T1.ID FROM Highschooler AS T1 WHERE T1.name = 'ID'
SELECT Highschooler.ID FROM Friend AS T1
SELECT count(*) FROM Highschooler AS T1 WHERE T1.grade > 9
SELECT count(*) FROM Highschooler AS T1 WHERE T1.grade > 9
SELECT T1.grade, count(*) FROM Highschooler AS T1 GROUP BY T1.grade
SELECT T1.grade, count(*) FROM Highschooler AS T1 GROUP BY T1.grade
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade HAVING count(*) > 4
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade HAVING count(*) > 4
SELECT count(DISTINCT T1.student_id) FROM Friend AS T1
SELECT count(*) FROM Friend AS T1
SELECT count(DISTINCT T1.name) FROM Highschooler AS T1
SELECT count(DISTINCT T1.name) FROM Highschooler AS T1
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1
SELECT T2.name FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID GROUP BY T2.name ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 GROUP BY T1.name HAVING count(*) > 3
SELECT T1.name FROM Highschooler AS T1 GROUP BY T1.name HAVING count(*) > 3
SELECT T1.name FROM Highschooler AS T1
SELECT T1.name FROM Highschooler AS T1 JOIN Highschooler AS T2 WHERE Friend.student_id = 'value'
SELECT count(*) FROM Friend AS T1 WHERE Highschooler.name = 'Kyle'
SELECT count(*) FROM Friend AS T1 WHERE T1.friend_id = 'value'
SELECT T1.student_id FROM Friend AS T1 JOIN Friend AS T2 WHERE T1.friend_id = 'value'
SELECT T2.ID FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID WHERE T1.student_id = 'value'
SELECT T1.name FROM Highschooler AS T1 WHERE T1.ID NOT IN (SELECT T2.student_id FROM Friend AS T2)
SELECT Highschooler.name FROM Friend AS T1 JOIN Friend AS T2 WHERE T1.friend_id = 'value'
SELECT T1.student_id FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.friend_id = T2.ID WHERE Likes.liked_id = 'value'
SELECT T1.student_id FROM Likes AS T1 WHERE T1.liked_id = 'value'
SELECT T1.student_id FROM Friend AS T1 JOIN Friend AS T2 WHERE Likes.liked_id = 'value'
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T2.friend_id = T1.ID WHERE Likes.liked_id = 'value'
SELECT count(*) FROM Likes AS T1
SELECT count(*) FROM Likes AS T1
SELECT T2.name, count(*) FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID GROUP BY T2.name
SELECT count(DISTINCT T1.name) FROM Highschooler AS T1
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T2.student_id = T1.ID GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1
SELECT T1.student_id FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID GROUP BY T1.student_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.student_id FROM Likes AS T1 GROUP BY T1.student_id HAVING count(*) > 2
SELECT T1.student_id FROM Likes AS T1 GROUP BY T1.student_id HAVING count(*) > 2
SELECT T1.name FROM Highschooler AS T1 WHERE T1.grade > 5
SELECT T1.name FROM Highschooler AS T1 WHERE T1.grade > 5
SELECT count(*) FROM Likes AS T1 WHERE Highschooler.name = 'Kyle'
SELECT count(*) FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID WHERE T2.name = 'Kyle'
SELECT avg(T1.grade) FROM Highschooler AS T1
SELECT avg(T1.grade) FROM Highschooler AS T1
SELECT avg(T1.grade) FROM Highschooler AS T1
SELECT avg(T1.grade) FROM Highschooler AS T1 JOIN Highschooler AS T2 WHERE Friend.friend_id = 'value'
SELECT T1.state FROM Professionals AS T1
SELECT T1.state FROM Professionals AS T1
SELECT avg(T1.age) FROM Dogs AS T1
SELECT avg(T1.age) FROM Dogs AS T1
SELECT T1.professional_id FROM Professionals AS T1 WHERE T1.state > 2
SELECT T1.last_name FROM Professionals AS T1 WHERE T1.state > 2
SELECT T1.dog_id FROM Treatments AS T1 WHERE T1.cost_of_treatment > 1000
SELECT T1.name FROM Dogs AS T1 JOIN Dogs AS T2 GROUP BY T1.dog_id HAVING count(*) > 1000
SELECT T1.first_name FROM Professionals AS T1 WHERE T1.professional_id NOT IN (SELECT T1.professional_id FROM Dogs AS T2)
SELECT T1.first_name FROM Professionals AS T1 WHERE T1.professional_id NOT IN (SELECT T1.professional_id FROM Dogs AS T2)
SELECT T2.professional_id FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id WHERE T1.email_address = 'value'
SELECT T1.professional_id FROM Professionals AS T1 WHERE T1.email_address = 'value'
SELECT Dogs.owner_id FROM Owners AS T1 GROUP BY Dogs.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT Dogs.owner_id FROM Owners AS T1 ORDER BY T1.last_name DESC LIMIT 1
SELECT T2.professional_id FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T1.professional_id FROM Professionals AS T1 GROUP BY T1.professional_id HAVING count(*) > 2
SELECT T1.breed_name FROM Breeds AS T1 GROUP BY T1.breed_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.breed_name FROM Breeds AS T1 GROUP BY T1.breed_name ORDER BY count(*) DESC LIMIT 1
SELECT T2.owner_id FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T1.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.owner_id FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id GROUP BY T1.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT Treatment_Types.treatment_type_description FROM Treatments AS T1 ORDER BY T1.cost_of_treatment DESC LIMIT 1
SELECT Treatment_Types.treatment_type_description FROM Treatments AS T1 ORDER BY T1.cost_of_treatment DESC LIMIT 1
SELECT T1.owner_id FROM Owners AS T1 ORDER BY T1.zip_code DESC LIMIT 1
SELECT T1.owner_id FROM Owners AS T1 ORDER BY T1.zip_code DESC LIMIT 1
SELECT Treatments.professional_id FROM Professionals AS T1 GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T1.cell_number FROM Professionals AS T1 WHERE T1.home_phone = 2
SELECT Professionals.first_name FROM Treatments AS T1 ORDER BY T1.cost_of_treatment DESC LIMIT 1
SELECT T1.professional_id FROM Treatments AS T1 WHERE T1.cost_of_treatment > 'value'
SELECT Treatments.date_of_treatment, T1.first_name FROM Professionals AS T1 JOIN Professionals AS T2
SELECT T1.date_of_treatment FROM Treatments AS T1
SELECT DISTINCT T1.cost_of_treatment FROM Treatments AS T1
SELECT DISTINCT T1.cost_of_treatment FROM Treatments AS T1
SELECT DISTINCT T1.name FROM Dogs AS T1
SELECT DISTINCT T1.name FROM Dogs AS T1
SELECT T1.first_name FROM Owners AS T1
SELECT DISTINCT T1.first_name FROM Owners AS T1
SELECT T1.name FROM Dogs AS T1 JOIN Treatments AS T2 ON T2.dog_id = T1.dog_id WHERE T2.date_of_treatment = 'value'
SELECT Breeds.breed_name FROM Dogs AS T1 JOIN Dogs AS T2 GROUP BY T1.dog_id HAVING count(*) >= 'value'
SELECT T1.name FROM Dogs AS T1 WHERE T1.name LIKE '%s first name and the dog%'
SELECT T1.first_name FROM Owners AS T1 JOIN Dogs AS T2 ON T2.owner_id = T1.owner_id WHERE T2.name = 'Virginia'
SELECT T1.date_arrived FROM Dogs AS T1 WHERE Treatments.date_of_treatment = 'value'
SELECT T1.date_arrived FROM Dogs AS T1 WHERE Treatments.date_of_treatment = 'value'
SELECT T1.last_name FROM Owners AS T1 ORDER BY T1.first_name DESC LIMIT 1
SELECT T1.name FROM Dogs AS T1 ORDER BY T1.name DESC LIMIT 1
SELECT T1.email_address FROM Professionals AS T1 WHERE T1.state = 'Hawaii'
SELECT T1.email_address FROM Professionals AS T1 WHERE T1.state = 'Hawaii'
SELECT T1.date_arrived, T1.date_of_birth FROM Dogs AS T1
SELECT T1.date_arrived, T1.date_departed FROM Dogs AS T1
SELECT count(*) FROM Treatments AS T1
SELECT count(*) FROM Treatments AS T1
SELECT count(DISTINCT T1.professional_id) FROM Treatments AS T1
SELECT count(*) FROM Professionals AS T1
SELECT T1.professional_id FROM Professionals AS T1 WHERE T1.street = 'West'
SELECT T1.role_code FROM Professionals AS T1 WHERE T1.city = 'West'
SELECT T1.first_name FROM Owners AS T1 WHERE T1.state = 'North'
SELECT T1.first_name FROM Owners AS T1 WHERE T1.state = 'North'
SELECT count(*) FROM Dogs AS T1 WHERE T1.age > 'value'
SELECT count(*) FROM Dogs AS T1 WHERE T1.age > 'value'
SELECT T1.cost_of_treatment FROM Treatments AS T1 ORDER BY T1.cost_of_treatment DESC LIMIT 1
SELECT T1.cost_of_treatment FROM Treatments AS T1 GROUP BY T1.cost_of_treatment ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Dogs AS T1 WHERE T1.dog_id NOT IN (SELECT T1.dog_id FROM Treatments AS T2)
SELECT count(*) FROM Dogs AS T1 WHERE T1.dog_id NOT IN (SELECT T1.dog_id FROM Treatments AS T2)
SELECT count(*) FROM Owners AS T1 WHERE T1.owner_id NOT IN (SELECT T1.owner_id FROM Dogs AS T2)
SELECT count(*) FROM Owners AS T1 WHERE T1.owner_id NOT IN (SELECT T1.owner_id FROM Dogs AS T2)
SELECT count(DISTINCT T1.professional_id) FROM Treatments AS T1
SELECT count(*) FROM Professionals AS T1 WHERE T1.professional_id NOT IN (SELECT T1.professional_id FROM Treatments AS T2)
SELECT T1.name FROM Dogs AS T1 WHERE T1.abandoned_yn = 1
SELECT T1.name FROM Dogs AS T1 WHERE T1.abandoned_yn = 'Note'
SELECT avg(T1.age) FROM Dogs AS T1
SELECT avg(T1.age) FROM Dogs AS T1
SELECT T1.age FROM Dogs AS T1 GROUP BY T1.age ORDER BY count(*) DESC LIMIT 1
SELECT T1.age FROM Dogs AS T1 GROUP BY T1.age ORDER BY count(*) DESC LIMIT 1
SELECT T1.charge_type, count(*) FROM Charges AS T1 GROUP BY T1.charge_type
SELECT count(DISTINCT T1.charge_type) FROM Charges AS T1
SELECT T1.charge_type FROM Charges AS T1 GROUP BY T1.charge_type ORDER BY count(*) DESC LIMIT 1
SELECT T1.charge_amount FROM Charges AS T1 GROUP BY T1.charge_amount ORDER BY count(*) DESC LIMIT 1
SELECT T1.email_address FROM Professionals AS T1 WHERE T1.home_phone = 'value'
SELECT T1.email_address, T1.home_phone FROM Professionals AS T1
SELECT DISTINCT T1.treatment_type_description FROM Treatment_Types AS T1
SELECT DISTINCT T1.treatment_type_description FROM Treatment_Types AS T1
SELECT T1.first_name FROM Professionals AS T1
SELECT Owners.first_name FROM Treatments AS T1
SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions DESC
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions DESC
SELECT T1.Birth_Year FROM singer AS T1 ORDER BY T1.Citizenship DESC
SELECT T1.Birth_Year FROM singer AS T1 ORDER BY T1.Citizenship
SELECT T1.Name FROM singer AS T1 WHERE T1.Citizenship != 'France'
SELECT T1.Name FROM singer AS T1 WHERE T1.Singer_ID NOT IN (SELECT T1.Singer_ID FROM song AS T2)
SELECT T1.Name FROM singer AS T1 WHERE T1.Birth_Year > 1948
SELECT T1.Name FROM singer AS T1 WHERE T1.Birth_Year > 1948
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions DESC LIMIT 1
SELECT T1.Citizenship, count(*) FROM singer AS T1 GROUP BY T1.Citizenship
SELECT count(DISTINCT T1.Citizenship) FROM singer AS T1 WHERE T1.Citizenship = 'value'
SELECT T1.Citizenship FROM singer AS T1 GROUP BY T1.Citizenship ORDER BY count(*) DESC LIMIT 1
SELECT T1.Citizenship FROM singer AS T1 GROUP BY T1.Citizenship ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.Citizenship) FROM singer AS T1
SELECT avg(T1.Citizenship) FROM singer AS T1
SELECT song.Title FROM singer AS T1 ORDER BY T1.Name
SELECT T1.Title FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID ORDER BY T2.Name
SELECT T2.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T1.Sales > 300000
SELECT T1.Name FROM singer AS T1 WHERE song.Sales > 300000
SELECT T1.Name FROM singer AS T1 GROUP BY T1.Name HAVING count(*) >= 1
SELECT T1.Name FROM singer AS T1 GROUP BY T1.Name HAVING count(*) >= 1
SELECT count(DISTINCT singer.Name) FROM song AS T1
SELECT avg(T1.Name) FROM singer AS T1
SELECT T1.Name FROM singer AS T1 WHERE T1.Singer_ID NOT IN (SELECT T1.Singer_ID FROM song AS T2)
SELECT T1.Title FROM song AS T1 JOIN song AS T2 WHERE T1.Title = 'value'
SELECT T1.Citizenship FROM singer AS T1 WHERE T1.Birth_Year > 1945
SELECT T1.Citizenship FROM singer AS T1 WHERE T1.Birth_Year > 1945
SELECT count(*) FROM Other_Available_Features AS T1
SELECT T1.feature_type_name FROM Ref_Feature_Types AS T1 WHERE T1.feature_type_name = 'AirCon'
SELECT T1.property_type_description FROM Ref_Property_Types AS T1
SELECT T1.property_name FROM Properties AS T1 GROUP BY T1.property_name HAVING count(*) > 1

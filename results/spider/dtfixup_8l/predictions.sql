SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Country FROM singer AS T1 ORDER BY T1.Country
SELECT T1.Country FROM singer AS T1 ORDER BY T1.Country
SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Song_release_year FROM singer AS T1 ORDER BY T1.Song_release_year
SELECT T1.Song_release_year FROM singer AS T1 ORDER BY T1.Song_release_year DESC LIMIT 1
SELECT T1.Country FROM singer AS T1 ORDER BY T1.Country
SELECT T1.Country FROM singer AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT T1.Country FROM singer AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM singer AS T1
SELECT T1.Song_Name FROM singer AS T1 GROUP BY T1.Song_Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Song_Name FROM singer AS T1 GROUP BY T1.Song_Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Location FROM stadium AS T1 GROUP BY T1.Location ORDER BY count(*) DESC LIMIT 1
SELECT T1.Location FROM stadium AS T1 ORDER BY T1.Location
SELECT count(*) FROM stadium AS T1
SELECT count(*) FROM stadium AS T1
SELECT T1.Capacity FROM stadium AS T1 GROUP BY T1.Capacity ORDER BY count(*) DESC LIMIT 1
SELECT T1.Capacity FROM stadium AS T1 GROUP BY T1.Capacity ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM concert AS T1
SELECT count(*) FROM concert AS T1
SELECT count(*) FROM stadium AS T1
SELECT count(*) FROM stadium AS T1
SELECT count(*) FROM stadium AS T1
SELECT count(*) FROM stadium AS T1
SELECT count(DISTINCT T1.Year) FROM concert AS T1
SELECT count(*) FROM concert AS T1
SELECT T1.Name FROM stadium AS T1 WHERE T1.Name = 'value'
SELECT T1.Name FROM stadium AS T1 WHERE T1.Name = 'value'
SELECT T1.Country FROM singer AS T1 ORDER BY T1.Country
SELECT T1.Name FROM stadium AS T1 WHERE T1.Name = 2014
SELECT T1.Name FROM stadium AS T1 WHERE T1.Name = 2014
SELECT T1.Theme FROM concert AS T1 GROUP BY T1.Theme ORDER BY count(*) DESC LIMIT 1
SELECT T1.Theme FROM concert AS T1 GROUP BY T1.Theme ORDER BY count(*) DESC LIMIT 1
SELECT T1.concert_Name FROM concert AS T1 ORDER BY T1.concert_Name DESC LIMIT 1
SELECT count(*) FROM concert AS T1
SELECT T1.Year FROM concert AS T1 ORDER BY T1.Year
SELECT T1.Name FROM singer AS T1 WHERE T1.Name = 2014
SELECT T1.Name FROM singer AS T1 WHERE T1.Name = 'Hey'
SELECT T1.Country FROM singer AS T1 WHERE T1.Country = 'Hey'
SELECT T1.Location FROM stadium AS T1 WHERE T1.Location = 2014
SELECT T1.Location FROM stadium AS T1 WHERE T1.Location = 2014
SELECT count(*) FROM stadium AS T1
SELECT count(*) FROM stadium AS T1
SELECT count(*) FROM Pets AS T1
SELECT count(*) FROM Pets AS T1
SELECT T1.weight FROM Pets AS T1 GROUP BY T1.weight ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Pets AS T1
SELECT count(DISTINCT T1.PetType) FROM Pets AS T1
SELECT T1.PetType FROM Pets AS T1 GROUP BY T1.PetType ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Student AS T1
SELECT count(*) FROM Student AS T1
SELECT count(*) FROM Student AS T1
SELECT count(*) FROM Student AS T1
SELECT count(*) FROM Pets AS T1
SELECT count(*) FROM Pets AS T1
SELECT T1.Fname FROM Student AS T1
SELECT T1.Fname FROM Student AS T1 ORDER BY T1.Fname
SELECT T1.Fname FROM Student AS T1 ORDER BY T1.Fname
SELECT T1.Fname FROM Student AS T1 WHERE T1.Fname = 'value'
SELECT T1.Major FROM Student AS T1 WHERE T1.Major = 'value'
SELECT T1.Major FROM Student AS T1 ORDER BY T1.Major
SELECT Has_Pet.StuID FROM Student AS T1 WHERE Has_Pet.StuID = 'value'
SELECT * FROM Student AS T1
SELECT T1.Fname FROM Student AS T1 WHERE T1.Fname = 'value'
SELECT T1.Fname FROM Student AS T1 WHERE T1.Fname = 'value'
SELECT T1.PetType FROM Pets AS T1 GROUP BY T1.PetType ORDER BY count(*) DESC LIMIT 1
SELECT T1.PetType FROM Pets AS T1 GROUP BY T1.PetType ORDER BY count(*) DESC LIMIT 1
SELECT T1.weight FROM Pets AS T1 GROUP BY T1.weight ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Pets AS T1
SELECT count(*) FROM Pets AS T1
SELECT count(DISTINCT T1.PetType) FROM Pets AS T1
SELECT count(DISTINCT T1.PetType) FROM Pets AS T1
SELECT count(*) FROM Pets AS T1
SELECT T1.Fname FROM Student AS T1 ORDER BY T1.Fname
SELECT T1.Fname FROM Student AS T1 ORDER BY T1.Fname
SELECT Student.LName FROM Pets AS T1 WHERE Student.LName = 'Smith'
SELECT T1.LName FROM Student AS T1 WHERE T1.LName = 'Smith'
SELECT count(*) FROM Pets AS T1
SELECT count(*) FROM Pets AS T1
SELECT T1.Fname FROM Student AS T1 ORDER BY T1.Fname
SELECT T1.Fname FROM Student AS T1 GROUP BY T1.Fname ORDER BY count(*) DESC LIMIT 1
SELECT T1.LName FROM Student AS T1 ORDER BY T1.LName
SELECT T1.LName FROM Student AS T1 ORDER BY T1.LName
SELECT T1.Age FROM Student AS T1
SELECT T1.Age FROM Student AS T1
SELECT count(DISTINCT T1.Continent) FROM continents AS T1
SELECT count(DISTINCT T1.Continent) FROM continents AS T1
SELECT continents.Continent FROM countries AS T1 GROUP BY continents.Continent ORDER BY count(*) DESC LIMIT 1
SELECT continents.Continent FROM countries AS T1 GROUP BY continents.Continent ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.CountryName) FROM countries AS T1
SELECT count(DISTINCT T1.CountryName) FROM countries AS T1
SELECT T1.FullName FROM car_makers AS T1 GROUP BY T1.FullName ORDER BY count(*) DESC LIMIT 1
SELECT T1.FullName FROM car_makers AS T1 GROUP BY T1.FullName ORDER BY count(*) DESC LIMIT 1
SELECT cars_data.Horsepower FROM car_names AS T1 GROUP BY cars_data.Horsepower ORDER BY count(*) DESC LIMIT 1
SELECT cars_data.Horsepower FROM car_names AS T1 ORDER BY cars_data.Horsepower
SELECT count(DISTINCT T1.Weight) FROM cars_data AS T1
SELECT count(*) FROM car_names AS T1 WHERE cars_data.Weight = 'value'
SELECT car_makers.Maker FROM car_names AS T1 WHERE car_makers.Maker = 1970
SELECT T1.Maker FROM car_makers AS T1 WHERE T1.Maker = 1970
SELECT T1.Make FROM car_names AS T1 ORDER BY T1.Make
SELECT cars_data.Year FROM car_names AS T1 WHERE cars_data.Year = 'value'
SELECT T1.Model FROM car_names AS T1 ORDER BY T1.Model
SELECT T1.Model FROM car_names AS T1 WHERE T1.Model = 1980
SELECT count(*) FROM continents AS T1
SELECT count(*) FROM continents AS T1 WHERE T1.Continent = 1
SELECT T1.CountryName FROM countries AS T1 GROUP BY T1.CountryName ORDER BY count(*) DESC LIMIT 1
SELECT countries.CountryName FROM car_makers AS T1 ORDER BY countries.CountryName DESC LIMIT 1
SELECT T1.FullName FROM car_makers AS T1 GROUP BY T1.FullName ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM car_makers AS T1 WHERE T1.FullName = 'value'
SELECT T1.Make FROM car_names AS T1 WHERE T1.Make = 'value'
SELECT cars_data.Accelerate FROM car_names AS T1 ORDER BY cars_data.Accelerate
SELECT count(*) FROM car_makers AS T1
SELECT count(*) FROM car_makers AS T1
SELECT count(*) FROM car_names AS T1 WHERE T1.Model = 'value'
SELECT count(*) FROM car_names AS T1
SELECT count(*) FROM cars_data AS T1 WHERE T1.Cylinders = 4
SELECT count(DISTINCT T1.Cylinders) FROM cars_data AS T1
SELECT cars_data.Cylinders FROM car_names AS T1 ORDER BY cars_data.Cylinders
SELECT T1.Weight FROM cars_data AS T1 GROUP BY T1.Weight ORDER BY count(*) DESC LIMIT 1
SELECT T1.Maker FROM car_makers AS T1 WHERE T1.Maker = 'value'
SELECT T1.Maker FROM car_makers AS T1 WHERE T1.Maker = 'value'
SELECT countries.CountryName FROM car_makers AS T1 WHERE countries.CountryName = 1
SELECT countries.CountryName FROM car_makers AS T1 WHERE countries.CountryName = 1
SELECT count(*) FROM car_names AS T1
SELECT count(*) FROM car_names AS T1
SELECT count(*) FROM cars_data AS T1
SELECT count(DISTINCT T1.Year) FROM cars_data AS T1
SELECT T1.CountryName FROM countries AS T1 GROUP BY T1.CountryName ORDER BY count(*) DESC LIMIT 1
SELECT T1.CountryName FROM countries AS T1 ORDER BY T1.CountryName
SELECT cars_data.Horsepower FROM car_names AS T1 GROUP BY cars_data.Horsepower ORDER BY count(*) DESC LIMIT 1
SELECT cars_data.Horsepower FROM car_names AS T1 GROUP BY cars_data.Horsepower ORDER BY count(*) DESC LIMIT 1
SELECT car_names.Model FROM model_list AS T1 GROUP BY car_names.Model ORDER BY count(*) DESC LIMIT 1
SELECT cars_data.MPG FROM car_names AS T1 ORDER BY cars_data.MPG
SELECT count(*) FROM cars_data AS T1 WHERE T1.Horsepower = 1980
SELECT count(*) FROM cars_data AS T1
SELECT count(*) FROM car_names AS T1
SELECT count(*) FROM car_names AS T1
SELECT count(DISTINCT T1.Accelerate) FROM cars_data AS T1
SELECT T1.Cylinders FROM cars_data AS T1 GROUP BY T1.Cylinders ORDER BY count(*) DESC LIMIT 1
SELECT T1.Make FROM car_names AS T1 GROUP BY T1.Make ORDER BY count(*) DESC LIMIT 1
SELECT car_names.Model FROM model_list AS T1 GROUP BY car_names.Model ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM cars_data AS T1
SELECT count(*) FROM car_names AS T1
SELECT count(*) FROM car_names AS T1
SELECT count(*) FROM car_names AS T1
SELECT car_makers.FullName FROM car_names AS T1 GROUP BY car_makers.FullName ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM car_makers AS T1
SELECT car_makers.FullName FROM car_names AS T1 ORDER BY car_makers.FullName
SELECT car_makers.Maker FROM car_names AS T1 WHERE T1.Model = 3
SELECT car_makers.FullName FROM car_names AS T1 ORDER BY car_makers.FullName
SELECT car_names.Model FROM car_makers AS T1 WHERE car_names.Model = 'General Motors'
SELECT cars_data.Year FROM car_names AS T1 GROUP BY cars_data.Year ORDER BY count(*) DESC LIMIT 1
SELECT cars_data.Year FROM car_names AS T1 ORDER BY cars_data.Year DESC LIMIT 1
SELECT cars_data.Horsepower FROM car_names AS T1 ORDER BY cars_data.Horsepower
SELECT cars_data.Horsepower FROM car_names AS T1 ORDER BY cars_data.Horsepower
SELECT count(DISTINCT T1.Accelerate) FROM cars_data AS T1
SELECT count(DISTINCT T1.Accelerate) FROM cars_data AS T1
SELECT count(*) FROM cars_data AS T1
SELECT count(DISTINCT T1.Accelerate) FROM cars_data AS T1
SELECT count(*) FROM car_makers AS T1
SELECT count(*) FROM car_makers AS T1
SELECT count(DISTINCT T1.Cylinders) FROM cars_data AS T1
SELECT count(*) FROM cars_data AS T1
SELECT cars_data.Cylinders FROM car_names AS T1 ORDER BY cars_data.Cylinders
SELECT cars_data.Horsepower FROM car_names AS T1 GROUP BY cars_data.Horsepower ORDER BY count(*) DESC LIMIT 1
SELECT cars_data.Horsepower FROM car_names AS T1 ORDER BY cars_data.Horsepower
SELECT T1.Make FROM car_names AS T1 WHERE T1.Make = 4
SELECT count(*) FROM car_names AS T1 WHERE cars_data.Cylinders = 8
SELECT count(*) FROM cars_data AS T1 WHERE T1.MPG = 8
SELECT T1.Model FROM car_names AS T1 WHERE T1.Model = 'Ford Motor Company'
SELECT T1.Model FROM car_names AS T1 WHERE T1.Model = 'Ford Motor Company'
SELECT countries.CountryName FROM car_makers AS T1 WHERE countries.CountryName = 'value'
SELECT countries.CountryName FROM car_makers AS T1 WHERE countries.CountryName = 'value'
SELECT T1.Maker FROM car_makers AS T1 ORDER BY T1.Maker
SELECT T1.Maker FROM car_makers AS T1 ORDER BY T1.Maker
SELECT countries.CountryName FROM car_makers AS T1 ORDER BY countries.CountryName
SELECT countries.CountryName FROM car_makers AS T1 WHERE countries.CountryName = 3
SELECT T1.Country FROM airlines AS T1 ORDER BY T1.Country
SELECT T1.Country FROM airports AS T1 ORDER BY T1.Country
SELECT T1.Abbreviation FROM airlines AS T1
SELECT T1.Abbreviation FROM airlines AS T1
SELECT T1.Airline FROM airlines AS T1
SELECT T1.Airline FROM airlines AS T1
SELECT T1.City FROM airports AS T1
SELECT T1.City FROM airports AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airports AS T1
SELECT count(*) FROM airports AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT T1.Abbreviation FROM airlines AS T1
SELECT T1.Abbreviation FROM airlines AS T1 ORDER BY T1.Abbreviation
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT T1.City FROM airports AS T1
SELECT T1.City FROM airports AS T1
SELECT T1.AirportName FROM airports AS T1
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportName = 'AKO'
SELECT T1.City FROM airports AS T1
SELECT T1.AirportName FROM airports AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(DISTINCT airports.City) FROM flights AS T1
SELECT count(DISTINCT T1.City) FROM airports AS T1
SELECT count(DISTINCT airports.City) FROM flights AS T1
SELECT T1.City FROM airports AS T1 GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM airports AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM airports AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM flights AS T1 WHERE airlines.Abbreviation = 'value'
SELECT flights.Airline FROM airlines AS T1 WHERE flights.Airline = 'value'
SELECT T1.SourceAirport FROM flights AS T1 ORDER BY T1.SourceAirport DESC LIMIT 1
SELECT flights.Airline FROM airlines AS T1
SELECT flights.DestAirport FROM airlines AS T1 ORDER BY flights.DestAirport DESC LIMIT 1
SELECT flights.Airline FROM airlines AS T1 WHERE flights.Airline = 'value'
SELECT flights.Airline FROM airlines AS T1 WHERE flights.Airline = 'value'
SELECT flights.Airline FROM airlines AS T1 WHERE flights.Airline = 'value'
SELECT T1.Airline FROM airlines AS T1 WHERE T1.Airline = 'CVO'
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT flights.FlightNo FROM airlines AS T1 ORDER BY flights.FlightNo DESC LIMIT 1
SELECT T1.FlightNo FROM flights AS T1 ORDER BY T1.FlightNo DESC LIMIT 1
SELECT T1.FlightNo FROM flights AS T1 ORDER BY T1.FlightNo DESC LIMIT 1
SELECT T1.FlightNo FROM flights AS T1 GROUP BY T1.FlightNo ORDER BY count(*) DESC LIMIT 1
SELECT T1.FlightNo FROM flights AS T1 ORDER BY T1.FlightNo DESC LIMIT 1
SELECT T1.FlightNo FROM flights AS T1 GROUP BY T1.FlightNo ORDER BY count(*) DESC LIMIT 1
SELECT T1.FlightNo FROM flights AS T1 GROUP BY T1.FlightNo ORDER BY count(*) DESC LIMIT 1
SELECT T1.FlightNo FROM flights AS T1 GROUP BY T1.FlightNo ORDER BY count(*) DESC LIMIT 1
SELECT T1.FlightNo FROM flights AS T1 GROUP BY T1.FlightNo ORDER BY count(*) DESC LIMIT 1
SELECT T1.FlightNo FROM flights AS T1 GROUP BY T1.FlightNo ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportName = 'value'
SELECT * FROM airports AS T1
SELECT count(*) FROM employee AS T1
SELECT count(*) FROM employee AS T1
SELECT T1.Age FROM employee AS T1 GROUP BY T1.Age ORDER BY count(*) DESC LIMIT 1
SELECT T1.Age FROM employee AS T1 GROUP BY T1.Age ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.City) FROM employee AS T1
SELECT count(DISTINCT T1.City) FROM employee AS T1
SELECT T1.City FROM employee AS T1 GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.City FROM employee AS T1 ORDER BY T1.City
SELECT count(*) FROM shop AS T1
SELECT count(*) FROM shop AS T1
SELECT T1.Manager_name FROM shop AS T1 ORDER BY T1.Manager_name
SELECT T1.Manager_name FROM shop AS T1 GROUP BY T1.Manager_name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM shop AS T1
SELECT count(*) FROM shop AS T1
SELECT T1.District FROM shop AS T1 GROUP BY T1.District ORDER BY count(*) DESC LIMIT 1
SELECT T1.Location FROM shop AS T1 ORDER BY T1.Location DESC LIMIT 1
SELECT T1.Number_products FROM shop AS T1 GROUP BY T1.Number_products ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM shop AS T1
SELECT T1.Name FROM employee AS T1 ORDER BY T1.Name DESC LIMIT 1
SELECT count(*) FROM employee AS T1
SELECT T1.Name FROM employee AS T1 ORDER BY T1.Name DESC LIMIT 1
SELECT evaluation.Bonus FROM employee AS T1 ORDER BY evaluation.Bonus DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 WHERE T1.Name = 'value'
SELECT T1.Name FROM employee AS T1 WHERE T1.Name = 'value'
SELECT count(*) FROM hiring AS T1
SELECT count(*) FROM employee AS T1
SELECT shop.Name FROM employee AS T1 WHERE shop.Name = 'value'
SELECT T1.Name FROM shop AS T1 WHERE T1.Name = 'value'
SELECT count(*) FROM shop AS T1
SELECT count(*) FROM shop AS T1
SELECT T1.Bonus FROM evaluation AS T1 GROUP BY T1.Bonus ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM evaluation AS T1
SELECT * FROM hiring AS T1
SELECT * FROM hiring AS T1
SELECT T1.District FROM shop AS T1 ORDER BY T1.District
SELECT T1.District FROM shop AS T1 ORDER BY T1.District
SELECT count(DISTINCT T1.Location) FROM shop AS T1
SELECT count(DISTINCT T1.Location) FROM shop AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT T1.Document_Name FROM Documents AS T1
SELECT T1.Document_Name FROM Documents AS T1 WHERE T1.Document_Name = 'value'
SELECT T1.Document_Name FROM Documents AS T1 WHERE T1.Document_Name = 'w'
SELECT T1.Document_Name FROM Documents AS T1 WHERE T1.Document_Name = 'value'
SELECT T1.Document_ID FROM Documents AS T1 WHERE T1.Document_ID = 'value'
SELECT T1.Document_ID FROM Documents AS T1 WHERE T1.Document_ID = 'value'
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1 WHERE Ref_Template_Types.Template_Type_Code = 'value'
SELECT count(*) FROM Documents AS T1
SELECT T1.Document_Name FROM Documents AS T1 ORDER BY T1.Document_Name DESC LIMIT 1
SELECT count(*) FROM Templates AS T1 WHERE T1.Template_Type_Code = 'value'
SELECT T1.Document_Name FROM Documents AS T1
SELECT T1.Document_Name FROM Documents AS T1 WHERE T1.Document_Name = 'value'
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT T1.Template_Type_Code FROM Templates AS T1 ORDER BY T1.Template_Type_Code
SELECT T1.Version_Number FROM Templates AS T1 ORDER BY T1.Version_Number
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 ORDER BY Ref_Template_Types.Template_Type_Code
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 ORDER BY Ref_Template_Types.Template_Type_Code
SELECT T1.Template_Type_Code FROM Templates AS T1 ORDER BY T1.Template_Type_Code
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 WHERE Ref_Template_Types.Template_Type_Code = 'PP'
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Version_Number FROM Templates AS T1 ORDER BY Ref_Template_Types.Template_Type_Code DESC LIMIT 1
SELECT count(DISTINCT T1.Template_Type_Code) FROM Templates AS T1
SELECT count(DISTINCT T1.Template_Type_Code) FROM Templates AS T1
SELECT count(DISTINCT T1.Template_Type_Code) FROM Templates AS T1
SELECT Templates.Template_Type_Code FROM Ref_Template_Types AS T1 ORDER BY T1.Template_Type_Description DESC LIMIT 1
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 GROUP BY Ref_Template_Types.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Templates AS T1 WHERE T1.Template_Type_Code = 3
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 WHERE T1.Template_Type_Code = 'Data base'
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 WHERE Ref_Template_Types.Template_Type_Code = 'Data'
SELECT T1.Document_Name FROM Documents AS T1 WHERE T1.Document_Name = 'BK'
SELECT T1.Document_Name FROM Documents AS T1 WHERE T1.Document_Name = 'BK'
SELECT count(DISTINCT T1.Template_Type_Code) FROM Ref_Template_Types AS T1
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT T1.Template_Type_Code FROM Ref_Template_Types AS T1 ORDER BY T1.Template_Type_Code DESC LIMIT 1
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 WHERE Ref_Template_Types.Template_Type_Code = 'value'
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 WHERE Ref_Template_Types.Template_Type_Code = 'value'
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT Ref_Template_Types.Template_Type_Description FROM Templates AS T1
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 ORDER BY Ref_Template_Types.Template_Type_Code
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Code = 'Book'
SELECT Ref_Template_Types.Template_Type_Description FROM Templates AS T1 ORDER BY Ref_Template_Types.Template_Type_Description
SELECT T1.Document_Description FROM Documents AS T1 WHERE T1.Document_Description = 'value'
SELECT Ref_Template_Types.Template_Type_Description FROM Templates AS T1
SELECT Ref_Template_Types.Template_Type_Description FROM Templates AS T1 WHERE Ref_Template_Types.Template_Type_Description = 'Presentation'
SELECT count(*) FROM Paragraphs AS T1
SELECT count(*) FROM Paragraphs AS T1
SELECT count(*) FROM Paragraphs AS T1
SELECT count(*) FROM Paragraphs AS T1
SELECT T1.Paragraph_Text FROM Paragraphs AS T1
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Korea '
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Welcome to NY'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Welcome to NY'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 ORDER BY T1.Paragraph_Text
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Customer reviews'
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT T1.Document_Name FROM Documents AS T1 ORDER BY T1.Document_Name DESC LIMIT 1
SELECT count(*) FROM Paragraphs AS T1
SELECT T1.Document_Name FROM Documents AS T1 ORDER BY T1.Document_Name DESC LIMIT 1
SELECT T1.Document_Name FROM Documents AS T1 ORDER BY T1.Document_Name DESC LIMIT 1
SELECT count(*) FROM Paragraphs AS T1 WHERE T1.Document_ID = 'value'
SELECT T1.Document_Name FROM Documents AS T1 ORDER BY T1.Document_Name DESC LIMIT 1
SELECT count(*) FROM Paragraphs AS T1
SELECT T1.Document_ID FROM Documents AS T1 ORDER BY T1.Document_ID DESC LIMIT 1
SELECT T1.Document_ID FROM Paragraphs AS T1 ORDER BY Documents.Document_ID DESC LIMIT 1
SELECT T1.Document_Name FROM Documents AS T1 ORDER BY T1.Document_Name DESC LIMIT 1
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Brazil'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Brazil'
SELECT count(*) FROM teacher AS T1
SELECT count(*) FROM teacher AS T1
SELECT T1.Age FROM teacher AS T1 GROUP BY T1.Age ORDER BY count(*) DESC LIMIT 1
SELECT T1.Age FROM teacher AS T1 ORDER BY T1.Age
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 WHERE T1.Hometown = 'Little Lever Urban District'
SELECT T1.Hometown FROM teacher AS T1 WHERE T1.Hometown = 'Little Lever Urban District'
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Name
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 32
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Name DESC LIMIT 1
SELECT count(DISTINCT T1.Hometown) FROM teacher AS T1
SELECT count(*) FROM teacher AS T1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Teacher_ID FROM teacher AS T1 ORDER BY T1.Teacher_ID DESC LIMIT 1
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Name
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Name DESC LIMIT 1
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Name
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Name
SELECT course.Course FROM teacher AS T1 WHERE course.Course = 'value'
SELECT teacher.Name FROM course AS T1 WHERE teacher.Name = 'value'
SELECT count(*) FROM teacher AS T1
SELECT count(*) FROM teacher AS T1 WHERE T1.Name = 'value'
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Name DESC LIMIT 1
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Name DESC LIMIT 1
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 'value'
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 'value'
SELECT count(DISTINCT T1.Age) FROM visitor AS T1
SELECT T1.Name FROM museum AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.Age) FROM visitor AS T1
SELECT visitor.Level_of_membership FROM museum AS T1 ORDER BY visitor.Level_of_membership DESC LIMIT 1
SELECT T1.Name FROM museum AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM museum AS T1
SELECT T1.Open_Year FROM museum AS T1 ORDER BY T1.Open_Year DESC LIMIT 1
SELECT T1.Name FROM museum AS T1 ORDER BY T1.Name DESC LIMIT 1
SELECT T1.Name FROM museum AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM museum AS T1 WHERE T1.Name = 'value'
SELECT count(*) FROM museum AS T1
SELECT T1.Name FROM museum AS T1 WHERE T1.Name = 'value'
SELECT count(*) FROM museum AS T1 WHERE T1.Name = 'value'
SELECT count(*) FROM visit AS T1
SELECT count(*) FROM visit AS T1
SELECT T1.Name FROM museum AS T1 ORDER BY T1.Name
SELECT * FROM museum AS T1 ORDER BY T1.Open_Year DESC LIMIT 1
SELECT count(*) FROM museum AS T1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT T1.first_name FROM players AS T1 WHERE T1.country_code = 'USA'
SELECT T1.first_name FROM players AS T1
SELECT T1.loser_age FROM matches AS T1 JOIN matches AS T2 GROUP BY T1.winner_age ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM matches AS T1 WHERE T1.winner_age = 'value'
SELECT count(*) FROM matches AS T1 WHERE T1.winner_rank_points = 'value'
SELECT count(*) FROM matches AS T1 WHERE T1.winner_rank = 'value'
SELECT T1.loser_name FROM matches AS T1 ORDER BY T1.loser_name DESC LIMIT 1
SELECT T1.loser_name FROM matches AS T1 GROUP BY T1.loser_name ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.country_code) FROM players AS T1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM matches AS T1 WHERE T1.loser_entry = 'value'
SELECT count(DISTINCT T1.loser_name) FROM matches AS T1
SELECT T1.tourney_name FROM matches AS T1 ORDER BY T1.tourney_name DESC LIMIT 1
SELECT T1.loser_name FROM matches AS T1 ORDER BY T1.loser_name DESC LIMIT 1
SELECT T1.winner_name FROM matches AS T1 WHERE T1.winner_name = 2013
SELECT T1.last_name FROM players AS T1 WHERE T1.last_name = 2013
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT T1.first_name FROM players AS T1 WHERE T1.first_name = 'WTA Championships'
SELECT T1.first_name FROM players AS T1 WHERE T1.first_name = 'WTA Championships'
SELECT T1.first_name FROM players AS T1 ORDER BY T1.first_name
SELECT T1.country_code FROM players AS T1 ORDER BY T1.country_code
SELECT T1.last_name FROM players AS T1 ORDER BY T1.last_name
SELECT T1.birth_date FROM players AS T1 ORDER BY T1.birth_date
SELECT T1.last_name FROM players AS T1 WHERE T1.last_name = 'L'
SELECT T1.birth_date FROM players AS T1 ORDER BY T1.birth_date
SELECT T1.first_name FROM players AS T1 GROUP BY T1.first_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.year) FROM matches AS T1
SELECT count(DISTINCT T1.year) FROM matches AS T1
SELECT T1.winner_rank_points FROM matches AS T1 ORDER BY T1.winner_rank_points DESC LIMIT 1
SELECT matches.winner_rank_points FROM players AS T1 JOIN players AS T2 GROUP BY matches.winner_rank_points ORDER BY count(*) DESC LIMIT 1
SELECT T1.winner_name FROM matches AS T1 ORDER BY T1.winner_name DESC LIMIT 1
SELECT T1.winner_rank_points FROM matches AS T1 ORDER BY T1.winner_rank_points DESC LIMIT 1
SELECT T1.loser_name FROM matches AS T1 ORDER BY T1.loser_name
SELECT T1.loser_name FROM matches AS T1 ORDER BY T1.loser_name
SELECT players.first_name FROM rankings AS T1 GROUP BY players.first_name ORDER BY count(*) DESC LIMIT 1
SELECT players.first_name FROM rankings AS T1 GROUP BY players.first_name ORDER BY count(*) DESC LIMIT 1
SELECT players.first_name FROM rankings AS T1 GROUP BY players.first_name ORDER BY count(*) DESC LIMIT 1
SELECT players.first_name FROM rankings AS T1 ORDER BY players.first_name
SELECT count(DISTINCT T1.country_code) FROM players AS T1
SELECT count(*) FROM players AS T1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.tours FROM rankings AS T1 GROUP BY T1.tours ORDER BY count(*) DESC LIMIT 1
SELECT T1.ranking_date FROM rankings AS T1 GROUP BY T1.ranking_date ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT T1.winner_name FROM matches AS T1 ORDER BY T1.winner_name DESC LIMIT 1
SELECT T1.winner_name FROM matches AS T1 ORDER BY T1.winner_name DESC LIMIT 1
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT T1.first_name FROM players AS T1 ORDER BY T1.first_name
SELECT T1.first_name FROM players AS T1 ORDER BY T1.first_name
SELECT count(DISTINCT T1.hand) FROM players AS T1
SELECT count(DISTINCT T1.hand) FROM players AS T1
SELECT count(*) FROM ship AS T1
SELECT T1.tonnage FROM ship AS T1 WHERE battle.name = 'value'
SELECT T1.date FROM battle AS T1 ORDER BY T1.date
SELECT count(*) FROM death AS T1
SELECT count(*) FROM ship AS T1
SELECT T1.tonnage FROM ship AS T1 WHERE T1.tonnage = 't'
SELECT T1.bulgarian_commander FROM battle AS T1 WHERE T1.bulgarian_commander = 'Boril'
SELECT T1.name FROM battle AS T1 WHERE T1.name = 'Brig'
SELECT T1.name FROM battle AS T1 GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM ship AS T1 ORDER BY T1.name DESC LIMIT 1
SELECT T1.bulgarian_commander FROM battle AS T1 WHERE T1.bulgarian_commander = 'Kaloyan'
SELECT T1.result FROM battle AS T1 GROUP BY T1.result ORDER BY count(*) DESC LIMIT 1
SELECT ship.tonnage FROM battle AS T1 ORDER BY ship.tonnage DESC LIMIT 1
SELECT ship.name FROM battle AS T1 WHERE ship.name = 'Lettice'
SELECT T1.bulgarian_commander FROM battle AS T1 WHERE T1.bulgarian_commander = 'English Channel'
SELECT T1.note FROM death AS T1 WHERE T1.note = 'East'
SELECT T1.line_1 FROM Addresses AS T1 WHERE T1.line_2 = 1
SELECT T1.line_1 FROM Addresses AS T1 WHERE T1.line_3 = 'value'
SELECT count(*) FROM Courses AS T1
SELECT count(*) FROM Courses AS T1
SELECT Courses.course_name FROM Degree_Programs AS T1 WHERE Courses.course_name = 'value'
SELECT Semesters.semester_description FROM Courses AS T1 WHERE T1.course_description = 'value'
SELECT T1.city FROM Addresses AS T1 WHERE T1.city = 'Port Chelsea'
SELECT T1.zip_postcode FROM Addresses AS T1 WHERE T1.zip_postcode = 'Port Chelsea'
SELECT Departments.department_name FROM Degree_Programs AS T1 GROUP BY Departments.department_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 ORDER BY T1.degree_summary_name
SELECT count(*) FROM Degree_Programs AS T1 WHERE T1.degree_summary_name = 'value'
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 GROUP BY T1.degree_summary_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 GROUP BY T1.degree_summary_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 GROUP BY T1.degree_summary_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 GROUP BY T1.degree_summary_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 GROUP BY T1.degree_summary_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.section_name FROM Sections AS T1 WHERE T1.section_name = 'value'
SELECT T1.section_name FROM Sections AS T1 WHERE T1.section_name = 'value'
SELECT T1.course_name FROM Courses AS T1 WHERE T1.course_name = 2
SELECT Courses.course_name FROM Sections AS T1 WHERE Courses.course_name = 2
SELECT T1.section_name FROM Sections AS T1 WHERE T1.section_name = 'value'
SELECT T1.section_name FROM Sections AS T1 WHERE T1.section_name = 'value'
SELECT count(*) FROM Students AS T1
SELECT Semesters.semester_name FROM Students AS T1 ORDER BY Semesters.semester_name DESC LIMIT 1
SELECT T1.department_description FROM Departments AS T1 WHERE T1.department_description = 'value'
SELECT T1.department_description FROM Departments AS T1 WHERE T1.department_description = 1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 WHERE T1.degree_summary_name = 2
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 WHERE T1.degree_summary_name = 2
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 WHERE T1.degree_summary_name = 'Bachelor'
SELECT Students.middle_name FROM Degree_Programs AS T1 WHERE Students.middle_name = 'Bachelors'
SELECT count(*) FROM Students AS T1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 GROUP BY T1.degree_summary_name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Students AS T1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 ORDER BY T1.degree_summary_name DESC LIMIT 1
SELECT T1.first_name FROM Students AS T1 GROUP BY T1.first_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.middle_name FROM Students AS T1 WHERE T1.middle_name = 'value'
SELECT T1.semester_name FROM Semesters AS T1 WHERE T1.semester_name = 'value'
SELECT T1.semester_name FROM Semesters AS T1 WHERE T1.semester_name = 'value'
SELECT Courses.course_name FROM Students AS T1 WHERE Courses.course_name = 'value'
SELECT T1.course_name FROM Courses AS T1 WHERE T1.course_name = 'value'
SELECT Courses.course_name FROM Degree_Programs AS T1 GROUP BY Courses.course_name ORDER BY count(*) DESC LIMIT 1
SELECT Courses.course_name FROM Students AS T1 ORDER BY Courses.course_name DESC LIMIT 1
SELECT Students.last_name FROM Degree_Programs AS T1 WHERE Students.last_name = 'North Carolina'
SELECT Students.last_name FROM Degree_Programs AS T1 WHERE Students.last_name = 'North Carolina'
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date
SELECT Students.first_name FROM Degree_Programs AS T1 WHERE Students.first_name = 'Timmothy'
SELECT T1.other_student_details FROM Students AS T1 WHERE T1.other_student_details = 'Timmothy Ward'
SELECT T1.first_name FROM Students AS T1 WHERE T1.first_name = 'value'
SELECT T1.middle_name FROM Students AS T1 WHERE T1.middle_name = 'value'
SELECT T1.first_name FROM Students AS T1 WHERE T1.first_name = 'value'
SELECT T1.middle_name FROM Students AS T1 WHERE T1.middle_name = 'value'
SELECT Students.first_name FROM Addresses AS T1 WHERE Students.first_name = 'value'
SELECT T1.first_name FROM Students AS T1 WHERE T1.first_name = 1
SELECT count(*) FROM Students AS T1 WHERE Addresses.address_id = 'value'
SELECT Addresses.line_1 FROM Students AS T1 ORDER BY Addresses.line_1
SELECT count(*) FROM Transcripts AS T1
SELECT count(DISTINCT T1.transcript_date) FROM Transcripts AS T1
SELECT T1.transcript_date FROM Transcripts AS T1 WHERE T1.transcript_date = 'value'
SELECT T1.transcript_date FROM Transcripts AS T1 WHERE T1.transcript_date = 'value'
SELECT count(*) FROM Transcripts AS T1
SELECT count(*) FROM Transcripts AS T1
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date
SELECT count(*) FROM Transcripts AS T1
SELECT count(*) FROM Transcripts AS T1
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date
SELECT Semesters.semester_name FROM Students AS T1 WHERE Semesters.semester_name = 'Master'
SELECT T1.semester_name FROM Semesters AS T1 WHERE T1.semester_name = 'Masters'
SELECT count(*) FROM Students AS T1
SELECT T1.other_student_details FROM Students AS T1 WHERE T1.other_student_details = 'value'
SELECT T1.other_student_details FROM Students AS T1 WHERE T1.other_student_details = 'value'
SELECT Semesters.other_details FROM Students AS T1 WHERE Semesters.other_details = 'value'
SELECT T1.section_name FROM Sections AS T1 WHERE T1.section_name = 'value'
SELECT T1.section_name FROM Sections AS T1 WHERE T1.section_name = 'value'
SELECT T1.first_name FROM Students AS T1 WHERE T1.first_name = 'Haiti'
SELECT T1.first_name FROM Students AS T1 WHERE T1.first_name = 'Haiti'
SELECT T1.Title FROM Cartoon AS T1 ORDER BY T1.Title
SELECT T1.Title FROM Cartoon AS T1 ORDER BY T1.Title
SELECT T1.Directed_by FROM Cartoon AS T1 ORDER BY T1.Directed_by
SELECT T1.Directed_by FROM Cartoon AS T1 ORDER BY T1.Directed_by
SELECT T1.Written_by FROM Cartoon AS T1 ORDER BY T1.Written_by
SELECT T1.Written_by FROM Cartoon AS T1 ORDER BY T1.Written_by
SELECT TV_series.Air_Date FROM Cartoon AS T1
SELECT TV_series.Air_Date FROM Cartoon AS T1 ORDER BY TV_series.Air_Date
SELECT T1.Title FROM Cartoon AS T1 WHERE T1.Title = 'Ben Jones'
SELECT T1.Title FROM Cartoon AS T1 WHERE T1.Title = 'Ben Jones'
SELECT T1.Country FROM TV_Channel AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT T1.Content FROM TV_Channel AS T1 WHERE T1.Content = 'Sky Radio'
SELECT TV_Channel.Content FROM TV_series AS T1 ORDER BY TV_Channel.Content
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE T1.Package_Option = 'Sky Radio'
SELECT DISTINCT T1.series_name FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT T1.Channel FROM Cartoon AS T1 ORDER BY T1.Channel
SELECT TV_Channel.series_name FROM Cartoon AS T1 ORDER BY TV_Channel.series_name
SELECT TV_Channel.series_name FROM Cartoon AS T1 ORDER BY TV_Channel.series_name
SELECT T1.series_name FROM TV_Channel AS T1 ORDER BY T1.series_name
SELECT T1.Episode FROM TV_series AS T1 GROUP BY T1.Episode ORDER BY count(*) DESC LIMIT 1
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Episode
SELECT T1.Rating FROM TV_series AS T1 GROUP BY T1.Rating ORDER BY count(*) DESC LIMIT 3
SELECT T1.Episode FROM TV_series AS T1 GROUP BY T1.Episode ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM TV_series AS T1
SELECT count(*) FROM TV_series AS T1
SELECT T1.Air_Date FROM TV_series AS T1 ORDER BY T1.Air_Date
SELECT TV_series.Episode FROM Cartoon AS T1 ORDER BY TV_series.Episode
SELECT T1.Weekly_Rank FROM TV_series AS T1 GROUP BY T1.Weekly_Rank ORDER BY count(*) DESC LIMIT 1
SELECT T1.Weekly_Rank FROM TV_series AS T1 GROUP BY T1.Weekly_Rank ORDER BY count(*) DESC LIMIT 1
SELECT TV_Channel.series_name FROM TV_series AS T1 ORDER BY TV_Channel.series_name
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Episode
SELECT TV_Channel.series_name FROM TV_series AS T1 ORDER BY TV_Channel.series_name
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Episode
SELECT count(*) FROM Cartoon AS T1
SELECT count(*) FROM Cartoon AS T1
SELECT T1.Channel FROM Cartoon AS T1 GROUP BY T1.Channel ORDER BY count(*) DESC LIMIT 1
SELECT T1.Channel FROM Cartoon AS T1 ORDER BY T1.Channel
SELECT T1.series_name FROM TV_Channel AS T1 ORDER BY T1.series_name
SELECT T1.series_name FROM TV_Channel AS T1 WHERE T1.series_name = 'TV Channel'
SELECT TV_Channel.Country FROM Cartoon AS T1 ORDER BY TV_Channel.Country
SELECT T1.Written_by FROM Cartoon AS T1 ORDER BY T1.Written_by
SELECT TV_Channel.Country FROM Cartoon AS T1 ORDER BY TV_Channel.Country
SELECT T1.Written_by FROM Cartoon AS T1
SELECT T1.series_name FROM TV_Channel AS T1 WHERE T1.series_name = 'Ben Jones'
SELECT TV_Channel.series_name FROM Cartoon AS T1 WHERE TV_Channel.series_name = 'TV'
SELECT T1.Pixel_aspect_ratio_PAR FROM TV_Channel AS T1 ORDER BY T1.Pixel_aspect_ratio_PAR
SELECT T1.Country FROM TV_Channel AS T1 WHERE T1.Country = 'TV'
SELECT T1.Country FROM TV_Channel AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT Cartoon.Channel FROM TV_Channel AS T1 ORDER BY Cartoon.Channel DESC LIMIT 1
SELECT T1.Channel FROM Cartoon AS T1 WHERE T1.Channel = 'Ben Jones'
SELECT T1.Channel FROM Cartoon AS T1 WHERE T1.Channel = 'TV'
SELECT T1.Channel FROM Cartoon AS T1 WHERE T1.Channel = 'Ben Jones'
SELECT Cartoon.Channel FROM TV_Channel AS T1 WHERE Cartoon.Channel = 'Ben Jones'
SELECT count(*) FROM poker_player AS T1
SELECT count(*) FROM poker_player AS T1
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings
SELECT T1.Earnings FROM poker_player AS T1 GROUP BY T1.Earnings ORDER BY count(*) DESC LIMIT 1
SELECT T1.Final_Table_Made FROM poker_player AS T1 ORDER BY T1.Final_Table_Made
SELECT T1.Final_Table_Made FROM poker_player AS T1 ORDER BY T1.Final_Table_Made
SELECT count(*) FROM poker_player AS T1
SELECT T1.Earnings FROM poker_player AS T1 GROUP BY T1.Earnings ORDER BY count(*) DESC LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 GROUP BY T1.Money_Rank ORDER BY count(*) DESC LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 GROUP BY T1.Money_Rank ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.Final_Table_Made) FROM poker_player AS T1
SELECT T1.Final_Table_Made FROM poker_player AS T1 GROUP BY T1.Final_Table_Made ORDER BY count(*) DESC LIMIT 1
SELECT * FROM poker_player AS T1
SELECT people.Name FROM poker_player AS T1 WHERE people.Name = 'value'
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings
SELECT T1.Final_Table_Made FROM poker_player AS T1 ORDER BY T1.Final_Table_Made
SELECT T1.Final_Table_Made FROM poker_player AS T1 ORDER BY T1.Final_Table_Made
SELECT people.Birth_Date FROM poker_player AS T1 ORDER BY people.Birth_Date
SELECT people.Birth_Date FROM poker_player AS T1 ORDER BY people.Birth_Date
SELECT T1.Money_Rank FROM poker_player AS T1 GROUP BY T1.Money_Rank ORDER BY count(*) DESC LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 GROUP BY T1.Money_Rank ORDER BY count(*) DESC LIMIT 1
SELECT T1.Earnings FROM poker_player AS T1 GROUP BY T1.Earnings ORDER BY count(*) DESC LIMIT 1
SELECT T1.Earnings FROM poker_player AS T1 GROUP BY T1.Earnings ORDER BY count(*) DESC LIMIT 1
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings
SELECT T1.Earnings FROM poker_player AS T1
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.Nationality) FROM people AS T1
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality ORDER BY count(*) DESC LIMIT 1
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality ORDER BY count(*) DESC LIMIT 1
SELECT T1.Nationality FROM people AS T1 ORDER BY T1.Nationality
SELECT T1.Nationality FROM people AS T1
SELECT T1.Birth_Date FROM people AS T1 ORDER BY T1.Birth_Date
SELECT T1.Birth_Date FROM people AS T1 ORDER BY T1.Birth_Date
SELECT T1.Nationality FROM people AS T1 WHERE T1.Nationality = 'Russia'
SELECT T1.Name FROM people AS T1 WHERE T1.Name = 'Russia'
SELECT T1.Poker_Player_ID FROM poker_player AS T1 WHERE T1.Poker_Player_ID = 'value'
SELECT T1.Name FROM people AS T1 WHERE T1.Name = 'value'
SELECT count(DISTINCT T1.Nationality) FROM people AS T1
SELECT count(DISTINCT T1.Nationality) FROM people AS T1
SELECT count(DISTINCT T1.state) FROM AREA_CODE_STATE AS T1
SELECT T1.contestant_name FROM CONTESTANTS AS T1
SELECT T1.phone_number FROM VOTES AS T1 WHERE T1.phone_number = 'value'
SELECT count(DISTINCT T1.area_code) FROM AREA_CODE_STATE AS T1
SELECT T1.state FROM VOTES AS T1 WHERE T1.state = 'CA'
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name = 'Jessie Alloway'
SELECT T1.state FROM AREA_CODE_STATE AS T1 WHERE VOTES.state = 'value'
SELECT T1.contestant_name FROM CONTESTANTS AS T1 ORDER BY T1.contestant_name DESC LIMIT 1
SELECT T1.contestant_name FROM CONTESTANTS AS T1 ORDER BY T1.contestant_name
SELECT T1.state FROM VOTES AS T1 ORDER BY T1.state DESC LIMIT 1
SELECT T1.contestant_name FROM CONTESTANTS AS T1
SELECT T1.area_code FROM AREA_CODE_STATE AS T1 GROUP BY T1.area_code ORDER BY count(*) DESC LIMIT 1
SELECT VOTES.phone_number FROM CONTESTANTS AS T1 WHERE VOTES.phone_number = 'value'
SELECT AREA_CODE_STATE.area_code FROM CONTESTANTS AS T1 WHERE AREA_CODE_STATE.area_code = 'value'
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name = 'Al'
SELECT T1.Name FROM country AS T1 ORDER BY T1.Name
SELECT city.Name FROM country AS T1 ORDER BY city.Name
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT count(DISTINCT T1.SurfaceArea) FROM country AS T1
SELECT T1.Continent FROM country AS T1 ORDER BY T1.Continent
SELECT T1.Continent FROM country AS T1
SELECT country.Region FROM city AS T1
SELECT T1.Region FROM country AS T1
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT countrylanguage.Language FROM country AS T1 ORDER BY countrylanguage.Language
SELECT T1.LifeExpectancy FROM country AS T1 ORDER BY T1.LifeExpectancy
SELECT T1.LifeExpectancy FROM country AS T1 ORDER BY T1.LifeExpectancy
SELECT T1.Region FROM country AS T1 GROUP BY T1.Region ORDER BY count(*) DESC LIMIT 1
SELECT T1.Region FROM country AS T1 ORDER BY T1.Region
SELECT count(DISTINCT T1.LifeExpectancy) FROM country AS T1
SELECT count(DISTINCT T1.LifeExpectancy) FROM country AS T1
SELECT T1.LifeExpectancy FROM country AS T1 ORDER BY T1.LifeExpectancy
SELECT T1.LifeExpectancy FROM country AS T1 ORDER BY T1.LifeExpectancy
SELECT count(DISTINCT city.Population) FROM country AS T1
SELECT count(DISTINCT T1.GNP) FROM country AS T1
SELECT count(DISTINCT T1.LifeExpectancy) FROM country AS T1
SELECT count(DISTINCT T1.LifeExpectancy) FROM country AS T1
SELECT count(DISTINCT T1.Continent) FROM country AS T1
SELECT count(DISTINCT T1.SurfaceArea) FROM country AS T1
SELECT count(DISTINCT T1.District) FROM city AS T1
SELECT count(DISTINCT T1.District) FROM city AS T1
SELECT count(DISTINCT city.Population) FROM country AS T1
SELECT count(DISTINCT T1.GNP) FROM country AS T1
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT count(DISTINCT T1.GovernmentForm) FROM country AS T1
SELECT count(DISTINCT T1.GovernmentForm) FROM country AS T1
SELECT count(*) FROM countrylanguage AS T1
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT countrylanguage.Language FROM country AS T1 GROUP BY countrylanguage.Language ORDER BY count(*) DESC LIMIT 1
SELECT countrylanguage.Language FROM country AS T1 GROUP BY countrylanguage.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Continent FROM country AS T1 GROUP BY T1.Continent ORDER BY count(*) DESC LIMIT 1
SELECT T1.Continent FROM country AS T1 GROUP BY T1.Continent ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT city.Name FROM country AS T1 WHERE city.Name = 'English'
SELECT city.Name FROM country AS T1 WHERE city.Name = 'English'
SELECT city.Name FROM country AS T1 WHERE city.Name = 'English'
SELECT T1.Name FROM country AS T1
SELECT count(DISTINCT T1.Continent) FROM country AS T1
SELECT count(DISTINCT T1.Continent) FROM country AS T1
SELECT T1.Region FROM country AS T1 ORDER BY T1.Region
SELECT DISTINCT T1.Region FROM country AS T1
SELECT countrylanguage.Language FROM country AS T1 WHERE countrylanguage.Language = 'English'
SELECT countrylanguage.Language FROM country AS T1 WHERE countrylanguage.Language = 'English'
SELECT countrylanguage.Language FROM country AS T1 GROUP BY countrylanguage.Language ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT countrylanguage.Language FROM country AS T1 ORDER BY countrylanguage.Language
SELECT countrylanguage.Language FROM country AS T1
SELECT T1.Population FROM city AS T1 GROUP BY T1.Population ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM city AS T1
SELECT T1.Name FROM country AS T1 ORDER BY T1.Name DESC LIMIT 1
SELECT T1.LifeExpectancy FROM country AS T1 ORDER BY T1.LifeExpectancy
SELECT T1.LifeExpectancy FROM country AS T1 GROUP BY T1.LifeExpectancy ORDER BY count(*) DESC LIMIT 1
SELECT T1.LifeExpectancy FROM country AS T1 GROUP BY T1.LifeExpectancy ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1 WHERE T1.Name = 'English'
SELECT count(*) FROM country AS T1
SELECT T1.HeadOfState FROM country AS T1 WHERE T1.HeadOfState = 'Beatrix'
SELECT T1.HeadOfState FROM country AS T1 WHERE T1.HeadOfState = 'Beatrix'
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT T1.SurfaceArea FROM country AS T1 GROUP BY T1.SurfaceArea ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Population FROM country AS T1 GROUP BY T1.Population ORDER BY count(*) DESC LIMIT 1
SELECT T1.Population FROM country AS T1 GROUP BY T1.Population ORDER BY count(*) DESC LIMIT 1
SELECT T1.Population FROM country AS T1 GROUP BY T1.Population ORDER BY count(*) DESC LIMIT 1
SELECT city.CountryCode FROM country AS T1 WHERE city.CountryCode = 'English'
SELECT city.CountryCode FROM country AS T1 WHERE city.CountryCode = 'English'
SELECT city.CountryCode FROM country AS T1 ORDER BY city.CountryCode
SELECT city.CountryCode FROM country AS T1 WHERE city.CountryCode = 'English'
SELECT T1.GovernmentForm FROM country AS T1 WHERE T1.GovernmentForm = 'English'
SELECT city.CountryCode FROM country AS T1 WHERE city.CountryCode = 'English'
SELECT countrylanguage.Language FROM city AS T1 WHERE countrylanguage.Language = 'European'
SELECT T1.Name FROM city AS T1 WHERE T1.Name = 'Europe'
SELECT countrylanguage.Language FROM city AS T1
SELECT T1.Name FROM city AS T1 WHERE T1.Name = 'Asia'
SELECT T1.SurfaceArea FROM country AS T1 ORDER BY T1.SurfaceArea
SELECT T1.Name FROM country AS T1 ORDER BY T1.Name
SELECT T1.Name FROM country AS T1 ORDER BY T1.Name DESC LIMIT 1
SELECT T1.HeadOfState FROM country AS T1 ORDER BY T1.HeadOfState
SELECT countrylanguage.Language FROM country AS T1 ORDER BY countrylanguage.Language DESC LIMIT 1
SELECT count(*) FROM country AS T1 WHERE T1.Name = 2
SELECT count(*) FROM city AS T1
SELECT count(*) FROM city AS T1
SELECT T1.GovernmentForm FROM country AS T1 GROUP BY T1.GovernmentForm ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.GovernmentForm) FROM country AS T1
SELECT count(DISTINCT T1.LifeExpectancy) FROM country AS T1
SELECT T1.LifeExpectancy FROM country AS T1 GROUP BY T1.LifeExpectancy ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.Name
SELECT T1.SurfaceArea FROM country AS T1 ORDER BY T1.SurfaceArea
SELECT T1.Name FROM country AS T1 ORDER BY T1.Name DESC LIMIT 3
SELECT T1.Name FROM country AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT city.Name FROM country AS T1 ORDER BY city.Name
SELECT T1.Name FROM country AS T1 ORDER BY T1.Name
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT T1.Name FROM country AS T1 ORDER BY T1.Name
SELECT T1.Name FROM country AS T1 ORDER BY T1.Name
SELECT count(*) FROM country AS T1
SELECT count(DISTINCT T1.SurfaceArea) FROM country AS T1
SELECT T1.Population FROM city AS T1 ORDER BY T1.Population
SELECT T1.Name FROM city AS T1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT count(DISTINCT countrylanguage.Language) FROM country AS T1
SELECT city.CountryCode FROM country AS T1 GROUP BY city.CountryCode ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT countrylanguage.Percentage FROM country AS T1 ORDER BY countrylanguage.Percentage DESC LIMIT 1
SELECT city.CountryCode FROM country AS T1 WHERE city.CountryCode = 'Spanish'
SELECT count(*) FROM conductor AS T1
SELECT count(*) FROM conductor AS T1
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Name
SELECT T1.Age FROM conductor AS T1 ORDER BY T1.Age
SELECT T1.Nationality FROM conductor AS T1 WHERE T1.Nationality = 'USA'
SELECT T1.Nationality FROM conductor AS T1 WHERE T1.Nationality = 'USA'
SELECT T1.Record_Company FROM orchestra AS T1 ORDER BY T1.Record_Company
SELECT T1.Record_Company FROM orchestra AS T1 ORDER BY T1.Record_Company
SELECT count(*) FROM show AS T1
SELECT count(*) FROM show AS T1
SELECT T1.Type FROM performance AS T1 GROUP BY T1.Type ORDER BY count(*) DESC LIMIT 1
SELECT T1.Type FROM performance AS T1 ORDER BY T1.Type
SELECT T1.Nationality FROM conductor AS T1 GROUP BY T1.Nationality ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.Nationality) FROM conductor AS T1
SELECT T1.Year_of_Work FROM conductor AS T1 ORDER BY T1.Year_of_Work
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Name
SELECT T1.Year_of_Work FROM conductor AS T1 GROUP BY T1.Year_of_Work ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Orchestra FROM orchestra AS T1 WHERE T1.Orchestra = 'value'
SELECT T1.Orchestra FROM orchestra AS T1 WHERE T1.Orchestra = 'value'
SELECT T1.Orchestra FROM orchestra AS T1 ORDER BY T1.Orchestra DESC LIMIT 1
SELECT T1.Orchestra FROM orchestra AS T1 ORDER BY T1.Orchestra DESC LIMIT 1
SELECT T1.Orchestra FROM orchestra AS T1 GROUP BY T1.Orchestra ORDER BY count(*) DESC LIMIT 1
SELECT T1.Orchestra FROM orchestra AS T1 ORDER BY T1.Orchestra DESC LIMIT 1
SELECT T1.Orchestra FROM orchestra AS T1 WHERE T1.Orchestra = 2008
SELECT T1.Year_of_Founded FROM orchestra AS T1 WHERE T1.Year_of_Founded = 2008
SELECT T1.Record_Company FROM orchestra AS T1 GROUP BY T1.Record_Company ORDER BY count(*) DESC LIMIT 1
SELECT T1.Record_Company FROM orchestra AS T1 GROUP BY T1.Record_Company ORDER BY count(*) DESC LIMIT 1
SELECT T1.Orchestra FROM orchestra AS T1 GROUP BY T1.Orchestra ORDER BY count(*) DESC LIMIT 1
SELECT T1.Major_Record_Format FROM orchestra AS T1 ORDER BY T1.Major_Record_Format
SELECT T1.Record_Company FROM orchestra AS T1 GROUP BY T1.Record_Company ORDER BY count(*) DESC LIMIT 1
SELECT T1.Record_Company FROM orchestra AS T1 GROUP BY T1.Record_Company ORDER BY count(*) DESC LIMIT 1
SELECT T1.Orchestra FROM orchestra AS T1 WHERE T1.Orchestra = 'value'
SELECT T1.Orchestra FROM orchestra AS T1 WHERE T1.Orchestra = 'value'
SELECT T1.Record_Company FROM orchestra AS T1 ORDER BY T1.Record_Company
SELECT T1.Record_Company FROM orchestra AS T1 WHERE T1.Orchestra = 2003
SELECT count(DISTINCT T1.Orchestra) FROM orchestra AS T1
SELECT count(*) FROM orchestra AS T1
SELECT T1.Year_of_Founded FROM orchestra AS T1 GROUP BY T1.Year_of_Founded ORDER BY count(*) DESC LIMIT 1
SELECT T1.Orchestra FROM orchestra AS T1 GROUP BY T1.Orchestra ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT T1.name FROM Highschooler AS T1 ORDER BY T1.name
SELECT T1.name FROM Highschooler AS T1 ORDER BY T1.name
SELECT T1.grade FROM Highschooler AS T1 ORDER BY T1.grade
SELECT count(*) FROM Highschooler AS T1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1
SELECT T1.name FROM Highschooler AS T1 ORDER BY T1.name
SELECT T1.name FROM Highschooler AS T1
SELECT * FROM Highschooler AS T1
SELECT T1.ID FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 ORDER BY T1.grade DESC LIMIT 1
SELECT count(*) FROM Highschooler AS T1
SELECT T1.friend_id FROM Friend AS T1 ORDER BY T1.friend_id DESC LIMIT 1
SELECT count(*) FROM Friend AS T1
SELECT T1.name FROM Highschooler AS T1 ORDER BY T1.name DESC LIMIT 1
SELECT count(*) FROM Highschooler AS T1 WHERE T1.name = 'value'
SELECT count(*) FROM Highschooler AS T1
SELECT T1.name FROM Highschooler AS T1 ORDER BY T1.name DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 ORDER BY T1.name DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 ORDER BY T1.name DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 WHERE T1.name = "Kyle's"
SELECT T1.name FROM Highschooler AS T1 WHERE T1.name = 'Kyle'
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Friend AS T1
SELECT T1.student_id FROM Friend AS T1 WHERE T1.student_id = 'value'
SELECT Friend.student_id FROM Highschooler AS T1 WHERE Friend.student_id = 'value'
SELECT T1.name FROM Highschooler AS T1 WHERE T1.name = 'value'
SELECT T1.name FROM Highschooler AS T1 WHERE T1.name = 'value'
SELECT * FROM Highschooler AS T1 WHERE T1.name = 'value'
SELECT T1.student_id FROM Friend AS T1 WHERE T1.student_id = 'value'
SELECT Highschooler.name FROM Friend AS T1 WHERE Highschooler.name = 'value'
SELECT T1.name FROM Highschooler AS T1 WHERE T1.name = 'value'
SELECT count(*) FROM Likes AS T1
SELECT count(*) FROM Likes AS T1
SELECT * FROM Likes AS T1 ORDER BY Highschooler.name DESC LIMIT 1
SELECT count(*) FROM Likes AS T1
SELECT count(*) FROM Likes AS T1
SELECT Highschooler.name FROM Likes AS T1 ORDER BY Highschooler.name DESC LIMIT 1
SELECT Highschooler.name FROM Likes AS T1 ORDER BY Highschooler.name DESC LIMIT 1
SELECT Highschooler.name FROM Likes AS T1 ORDER BY Highschooler.name DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.grade = 5
SELECT T1.name FROM Highschooler AS T1 WHERE T1.grade = 5
SELECT count(*) FROM Likes AS T1
SELECT count(*) FROM Likes AS T1
SELECT count(DISTINCT T1.grade) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT T1.grade FROM Highschooler AS T1 ORDER BY T1.grade DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 ORDER BY T1.grade DESC LIMIT 1
SELECT Professionals.state FROM Owners AS T1
SELECT Professionals.state FROM Owners AS T1
SELECT count(*) FROM Dogs AS T1
SELECT count(*) FROM Dogs AS T1
SELECT Professionals.state FROM Treatments AS T1 WHERE Professionals.state = 'Indiana'
SELECT T1.last_name FROM Professionals AS T1 WHERE T1.last_name = 'Indiana'
SELECT Treatments.cost_of_treatment FROM Dogs AS T1 WHERE Treatments.cost_of_treatment = 1000
SELECT T1.name FROM Dogs AS T1 WHERE T1.name = 1000
SELECT Professionals.first_name FROM Owners AS T1 WHERE Professionals.first_name = 'value'
SELECT Professionals.first_name FROM Owners AS T1 WHERE Professionals.first_name = 'value'
SELECT T1.cost_of_treatment FROM Treatments AS T1 WHERE T1.cost_of_treatment = 'value'
SELECT T1.treatment_id FROM Treatments AS T1 WHERE T1.treatment_id = 'value'
SELECT Professionals.first_name FROM Owners AS T1 GROUP BY Professionals.first_name ORDER BY count(*) DESC LIMIT 1
SELECT Professionals.first_name FROM Owners AS T1 GROUP BY Professionals.first_name ORDER BY count(*) DESC LIMIT 1
SELECT Professionals.first_name FROM Treatments AS T1 ORDER BY Professionals.first_name
SELECT Professionals.first_name FROM Treatments AS T1 ORDER BY Professionals.first_name
SELECT T1.breed_name FROM Breeds AS T1 ORDER BY T1.breed_name DESC LIMIT 1
SELECT T1.breed_name FROM Breeds AS T1 GROUP BY T1.breed_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.last_name FROM Owners AS T1 GROUP BY T1.last_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.last_name FROM Owners AS T1 ORDER BY T1.last_name DESC LIMIT 1
SELECT T1.treatment_type_code FROM Treatments AS T1 ORDER BY T1.treatment_type_code DESC LIMIT 1
SELECT T1.cost_of_treatment FROM Treatments AS T1 ORDER BY T1.cost_of_treatment DESC LIMIT 1
SELECT T1.zip_code FROM Owners AS T1 GROUP BY T1.zip_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.zip_code FROM Owners AS T1 ORDER BY T1.zip_code
SELECT Treatments.professional_id FROM Professionals AS T1 WHERE Treatments.professional_id = 2
SELECT T1.treatment_id FROM Treatments AS T1 WHERE T1.treatment_id = 2
SELECT Professionals.first_name FROM Treatments AS T1 GROUP BY Professionals.first_name ORDER BY count(*) DESC LIMIT 1
SELECT Professionals.first_name FROM Treatments AS T1 ORDER BY Professionals.first_name DESC LIMIT 1
SELECT Professionals.first_name FROM Treatments AS T1 ORDER BY Professionals.first_name
SELECT Professionals.first_name FROM Treatments AS T1 ORDER BY Professionals.first_name
SELECT Treatment_Types.treatment_type_description FROM Treatments AS T1 ORDER BY Treatment_Types.treatment_type_description DESC LIMIT 1
SELECT Treatment_Types.treatment_type_description FROM Treatments AS T1 ORDER BY Treatment_Types.treatment_type_description
SELECT Professionals.first_name FROM Dogs AS T1 ORDER BY Professionals.first_name
SELECT Professionals.first_name FROM Dogs AS T1 ORDER BY Professionals.first_name
SELECT Professionals.first_name FROM Dogs AS T1
SELECT Professionals.first_name FROM Dogs AS T1 ORDER BY Professionals.first_name
SELECT T1.date_of_treatment FROM Treatments AS T1 WHERE T1.date_of_treatment = 'value'
SELECT T1.name FROM Dogs AS T1 WHERE T1.name = 'value'
SELECT T1.name FROM Dogs AS T1 WHERE T1.name = 's first name and the dog'
SELECT T1.first_name FROM Owners AS T1 WHERE Professionals.first_name = 'Virginia'
SELECT T1.date_of_treatment FROM Treatments AS T1 WHERE T1.date_of_treatment = 'value'
SELECT T1.date_of_treatment FROM Treatments AS T1 WHERE T1.date_of_treatment = 'value'
SELECT T1.last_name FROM Owners AS T1 ORDER BY T1.last_name
SELECT T1.name FROM Dogs AS T1 ORDER BY T1.name DESC LIMIT 1
SELECT T1.state FROM Professionals AS T1 WHERE T1.state = 'Hawaii'
SELECT T1.state FROM Professionals AS T1 WHERE T1.state = 'Hawaii'
SELECT T1.date_of_birth FROM Dogs AS T1 WHERE T1.date_of_birth = 'value'
SELECT T1.date_departed FROM Dogs AS T1 WHERE T1.date_departed = 'value'
SELECT count(*) FROM Treatments AS T1
SELECT count(*) FROM Treatments AS T1
SELECT T1.cost_of_treatment FROM Treatments AS T1 ORDER BY T1.cost_of_treatment DESC LIMIT 1
SELECT count(*) FROM Professionals AS T1
SELECT T1.city FROM Professionals AS T1 WHERE T1.city = 'West'
SELECT T1.city FROM Professionals AS T1 WHERE T1.city = 'West'
SELECT T1.state FROM Owners AS T1 WHERE T1.state = 'North'
SELECT Professionals.first_name FROM Owners AS T1 WHERE Professionals.first_name = 'North'
SELECT count(DISTINCT T1.age) FROM Dogs AS T1
SELECT count(DISTINCT T1.age) FROM Dogs AS T1
SELECT count(*) FROM Treatments AS T1
SELECT count(*) FROM Treatments AS T1
SELECT T1.cost_of_treatment FROM Treatments AS T1 ORDER BY T1.cost_of_treatment DESC LIMIT 1
SELECT T1.cost_of_treatment FROM Treatments AS T1
SELECT * FROM Owners AS T1
SELECT * FROM Owners AS T1
SELECT T1.cost_of_treatment FROM Treatments AS T1 WHERE T1.cost_of_treatment = 'value'
SELECT * FROM Professionals AS T1
SELECT T1.weight FROM Dogs AS T1 WHERE T1.weight = 1
SELECT T1.age FROM Dogs AS T1 WHERE T1.age = 'Note'
SELECT count(DISTINCT T1.age) FROM Dogs AS T1
SELECT count(DISTINCT T1.age) FROM Dogs AS T1
SELECT T1.age FROM Dogs AS T1 GROUP BY T1.age ORDER BY count(*) DESC LIMIT 1
SELECT T1.age FROM Dogs AS T1 GROUP BY T1.age ORDER BY count(*) DESC LIMIT 1
SELECT T1.charge_type FROM Charges AS T1 GROUP BY T1.charge_type ORDER BY count(*) DESC LIMIT 1
SELECT T1.charge_type FROM Charges AS T1 GROUP BY T1.charge_type ORDER BY count(*) DESC LIMIT 1
SELECT T1.charge_type FROM Charges AS T1 GROUP BY T1.charge_type ORDER BY count(*) DESC LIMIT 1
SELECT T1.charge_type FROM Charges AS T1 GROUP BY T1.charge_type ORDER BY count(*) DESC LIMIT 1
SELECT T1.home_phone FROM Professionals AS T1 WHERE T1.home_phone = 'value'
SELECT T1.home_phone FROM Professionals AS T1
SELECT T1.breed_name FROM Breeds AS T1 ORDER BY T1.breed_name DESC LIMIT 1
SELECT Charges.charge_type FROM Breeds AS T1 ORDER BY Charges.charge_type DESC LIMIT 1
SELECT Professionals.first_name FROM Treatments AS T1 ORDER BY Professionals.first_name
SELECT Professionals.first_name FROM Treatments AS T1 ORDER BY Professionals.first_name
SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Net_Worth_Millions FROM singer AS T1 GROUP BY T1.Net_Worth_Millions ORDER BY count(*) DESC LIMIT 1
SELECT T1.Net_Worth_Millions FROM singer AS T1 ORDER BY T1.Name DESC LIMIT 1
SELECT T1.Birth_Year FROM singer AS T1 ORDER BY T1.Citizenship
SELECT T1.Birth_Year FROM singer AS T1 ORDER BY T1.Birth_Year
SELECT T1.Citizenship FROM singer AS T1
SELECT T1.Name FROM singer AS T1
SELECT T1.Birth_Year FROM singer AS T1 ORDER BY T1.Birth_Year
SELECT T1.Birth_Year FROM singer AS T1 ORDER BY T1.Birth_Year
SELECT T1.Net_Worth_Millions FROM singer AS T1 GROUP BY T1.Net_Worth_Millions ORDER BY count(*) DESC LIMIT 1
SELECT T1.Net_Worth_Millions FROM singer AS T1 GROUP BY T1.Net_Worth_Millions ORDER BY count(*) DESC LIMIT 1
SELECT T1.Citizenship FROM singer AS T1 GROUP BY T1.Citizenship ORDER BY count(*) DESC LIMIT 1
SELECT T1.Citizenship FROM singer AS T1 GROUP BY T1.Citizenship ORDER BY count(*) DESC LIMIT 1
SELECT T1.Citizenship FROM singer AS T1 GROUP BY T1.Citizenship ORDER BY count(*) DESC LIMIT 1
SELECT T1.Citizenship FROM singer AS T1 GROUP BY T1.Citizenship ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.Citizenship) FROM singer AS T1
SELECT count(DISTINCT T1.Citizenship) FROM singer AS T1
SELECT T1.Name FROM singer AS T1 WHERE T1.Name = 'value'
SELECT song.Title FROM singer AS T1 WHERE song.Title = 'value'
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Name DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Name DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Name DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Name DESC LIMIT 1
SELECT count(*) FROM singer AS T1 WHERE song.Sales = 'value'
SELECT count(*) FROM song AS T1
SELECT T1.Name FROM singer AS T1 WHERE T1.Name = 'value'
SELECT T1.Title FROM song AS T1 WHERE T1.Title = 'value'
SELECT T1.Citizenship FROM singer AS T1 ORDER BY T1.Citizenship
SELECT T1.Citizenship FROM singer AS T1 ORDER BY T1.Citizenship
SELECT count(*) FROM Properties AS T1
SELECT DISTINCT T1.feature_type_name FROM Ref_Feature_Types AS T1
SELECT Ref_Property_Types.property_type_description FROM Properties AS T1
SELECT T1.property_name FROM Properties AS T1 WHERE T1.property_name = 1

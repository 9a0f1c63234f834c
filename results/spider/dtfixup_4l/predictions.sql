SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Country FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Country FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT avg(T1.Age) FROM singer AS T1
SELECT avg(T1.Age) FROM singer AS T1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Country FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Country FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Song_Name FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Song_Name FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Location FROM stadium AS T1 ORDER BY T1.Capacity DESC LIMIT 1
SELECT T1.Location FROM stadium AS T1 ORDER BY T1.Capacity
SELECT avg(T1.Capacity) FROM stadium AS T1
SELECT avg(T1.Average) FROM stadium AS T1
SELECT T1.Name FROM stadium AS T1 ORDER BY T1.Highest DESC LIMIT 1
SELECT T1.Name FROM stadium AS T1 ORDER BY T1.Highest DESC LIMIT 1
SELECT count(*) FROM concert AS T1
SELECT count(*) FROM concert AS T1
SELECT count(*) FROM stadium AS T1
SELECT count(*) FROM stadium AS T1
SELECT T1.Capacity FROM stadium AS T1 GROUP BY T1.Capacity ORDER BY count(*) DESC LIMIT 1
SELECT T1.Capacity FROM stadium AS T1 GROUP BY T1.Capacity ORDER BY count(*) DESC LIMIT 1
SELECT T1.Year FROM concert AS T1 GROUP BY T1.Year ORDER BY count(*) DESC LIMIT 1
SELECT T1.Year FROM concert AS T1 GROUP BY T1.Year ORDER BY count(*) DESC LIMIT 1
SELECT stadium.Name FROM concert AS T1 ORDER BY stadium.Name DESC LIMIT 1
SELECT T1.Name FROM stadium AS T1 ORDER BY T1.Name DESC LIMIT 1
SELECT T1.Country FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT stadium.Name FROM concert AS T1 ORDER BY stadium.Name DESC LIMIT 1
SELECT stadium.Name FROM concert AS T1 ORDER BY stadium.Name
SELECT count(*) FROM concert AS T1
SELECT T1.Theme FROM concert AS T1 GROUP BY T1.Theme ORDER BY count(*) DESC LIMIT 1
SELECT singer.Name FROM concert AS T1 GROUP BY singer.Name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM concert AS T1
SELECT singer.Name FROM concert AS T1 ORDER BY singer.Name DESC LIMIT 1
SELECT singer.Name FROM concert AS T1 ORDER BY singer.Name
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Name
SELECT DISTINCT T1.Country FROM singer AS T1
SELECT T1.Name FROM stadium AS T1 ORDER BY T1.Location DESC LIMIT 1
SELECT T1.Location FROM stadium AS T1 ORDER BY T1.Location
SELECT T1.Highest FROM stadium AS T1 GROUP BY T1.Highest ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM stadium AS T1
SELECT count(*) FROM Pets AS T1
SELECT count(*) FROM Pets AS T1
SELECT T1.weight FROM Pets AS T1 ORDER BY T1.weight DESC LIMIT 1
SELECT avg(T1.Age) FROM Student AS T1
SELECT T1.PetType FROM Pets AS T1 ORDER BY T1.weight DESC LIMIT 1
SELECT T1.PetType FROM Pets AS T1 ORDER BY T1.weight DESC LIMIT 1
SELECT count(*) FROM Student AS T1
SELECT count(*) FROM Student AS T1
SELECT count(*) FROM Student AS T1
SELECT count(*) FROM Pets AS T1
SELECT count(*) FROM Pets AS T1
SELECT count(*) FROM Pets AS T1
SELECT DISTINCT T1.Fname FROM Student AS T1
SELECT T1.Fname FROM Student AS T1 WHERE T1.Fname = 'value'
SELECT DISTINCT T1.Fname FROM Student AS T1
SELECT DISTINCT T1.Fname FROM Student AS T1
SELECT DISTINCT T1.Age FROM Student AS T1
SELECT T1.Major FROM Student AS T1 ORDER BY T1.Major DESC LIMIT 1
SELECT Student.StuID FROM Has_Pet AS T1
SELECT T1.StuID FROM Student AS T1 WHERE Has_Pet.StuID = 'value'
SELECT DISTINCT T1.Fname FROM Student AS T1
SELECT DISTINCT T1.Fname FROM Student AS T1
SELECT T1.PetType FROM Pets AS T1 ORDER BY T1.weight DESC LIMIT 1
SELECT T1.PetType FROM Pets AS T1 ORDER BY T1.PetType DESC LIMIT 1
SELECT Student.Age FROM Pets AS T1 ORDER BY T1.weight
SELECT T1.PetID FROM Pets AS T1 ORDER BY T1.weight DESC LIMIT 1
SELECT avg(Student.Age) FROM Pets AS T1
SELECT avg(Student.Age) FROM Pets AS T1
SELECT avg(T1.weight) FROM Pets AS T1
SELECT avg(T1.weight) FROM Pets AS T1
SELECT DISTINCT T1.Fname FROM Student AS T1
SELECT DISTINCT T1.Age FROM Student AS T1
SELECT Student.LName FROM Pets AS T1 WHERE Student.LName = 'Smith'
SELECT Has_Pet.PetID FROM Pets AS T1 WHERE Has_Pet.PetID = 'value'
SELECT count(*) FROM Student AS T1
SELECT count(*) FROM Student AS T1
SELECT T1.Fname FROM Student AS T1 ORDER BY T1.Fname DESC LIMIT 1
SELECT T1.Fname FROM Student AS T1 ORDER BY T1.Fname DESC LIMIT 1
SELECT DISTINCT T1.Age FROM Student AS T1
SELECT DISTINCT T1.LName FROM Student AS T1
SELECT avg(Student.Age) FROM Pets AS T1
SELECT avg(Student.Age) FROM Pets AS T1
SELECT count(*) FROM continents AS T1
SELECT count(*) FROM continents AS T1
SELECT count(*) FROM countries AS T1
SELECT count(*) FROM continents AS T1
SELECT count(*) FROM countries AS T1
SELECT count(*) FROM countries AS T1
SELECT count(*) FROM car_makers AS T1
SELECT count(*) FROM car_makers AS T1
SELECT avg(T1.Horsepower) FROM cars_data AS T1
SELECT T1.Horsepower FROM cars_data AS T1 ORDER BY T1.Horsepower DESC LIMIT 1
SELECT avg(T1.Weight) FROM cars_data AS T1
SELECT avg(T1.Weight) FROM cars_data AS T1
SELECT T1.Maker FROM car_makers AS T1 WHERE T1.Maker = 1970
SELECT DISTINCT T1.Maker FROM car_makers AS T1
SELECT T1.Make FROM car_names AS T1 ORDER BY T1.Make
SELECT cars_data.Year FROM car_makers AS T1 ORDER BY cars_data.Year
SELECT T1.Model FROM car_names AS T1 WHERE T1.Model = 1980
SELECT DISTINCT T1.Model FROM car_names AS T1
SELECT count(*) FROM car_makers AS T1
SELECT count(*) FROM continents AS T1
SELECT T1.CountryName FROM countries AS T1 GROUP BY T1.CountryName ORDER BY count(*) DESC LIMIT 1
SELECT T1.Country FROM car_makers AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM car_makers AS T1
SELECT count(*) FROM car_makers AS T1
SELECT T1.Make FROM car_names AS T1 WHERE T1.Make = 'value'
SELECT avg(T1.Make) FROM car_names AS T1
SELECT count(*) FROM car_makers AS T1
SELECT count(*) FROM car_makers AS T1
SELECT count(*) FROM car_names AS T1
SELECT count(*) FROM car_names AS T1
SELECT avg(T1.MPG) FROM cars_data AS T1
SELECT avg(T1.Cylinders) FROM cars_data AS T1
SELECT T1.Cylinders FROM cars_data AS T1 ORDER BY T1.Weight DESC LIMIT 1
SELECT avg(T1.Weight) FROM cars_data AS T1
SELECT DISTINCT T1.Maker FROM car_makers AS T1
SELECT T1.Maker FROM car_makers AS T1 WHERE T1.Maker = 'value'
SELECT countries.CountryName FROM car_makers AS T1 GROUP BY countries.CountryName ORDER BY count(*) DESC LIMIT 1
SELECT T1.Country FROM car_makers AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM cars_data AS T1
SELECT count(*) FROM cars_data AS T1
SELECT avg(T1.Weight) FROM cars_data AS T1
SELECT avg(T1.Weight) FROM cars_data AS T1
SELECT count(*) FROM countries AS T1
SELECT T1.CountryName FROM countries AS T1 GROUP BY T1.CountryName ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.Cylinders) FROM cars_data AS T1
SELECT T1.Cylinders FROM cars_data AS T1 GROUP BY T1.Cylinders ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM car_names AS T1
SELECT T1.MPG FROM cars_data AS T1 ORDER BY T1.MPG DESC LIMIT 1
SELECT avg(T1.Horsepower) FROM cars_data AS T1
SELECT avg(T1.Horsepower) FROM cars_data AS T1
SELECT avg(T1.Model) FROM car_names AS T1
SELECT count(*) FROM countries AS T1
SELECT avg(T1.Cylinders) FROM cars_data AS T1
SELECT avg(T1.Cylinders) FROM cars_data AS T1
SELECT T1.Make FROM car_names AS T1 GROUP BY T1.Make ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM car_names AS T1
SELECT count(*) FROM cars_data AS T1
SELECT count(*) FROM cars_data AS T1
SELECT count(*) FROM cars_data AS T1
SELECT count(*) FROM cars_data AS T1
SELECT count(*) FROM car_makers AS T1
SELECT count(*) FROM car_makers AS T1
SELECT T1.FullName FROM car_makers AS T1 GROUP BY T1.FullName ORDER BY count(*) DESC LIMIT 1
SELECT T1.Maker FROM car_makers AS T1 GROUP BY T1.Maker ORDER BY count(*) DESC LIMIT 1
SELECT T1.FullName FROM car_makers AS T1 GROUP BY T1.FullName ORDER BY count(*) DESC LIMIT 1
SELECT T1.Maker FROM car_makers AS T1 GROUP BY T1.Maker ORDER BY count(*) DESC LIMIT 1
SELECT T1.Year FROM cars_data AS T1 ORDER BY T1.Year DESC LIMIT 1
SELECT T1.Year FROM cars_data AS T1 GROUP BY T1.Year ORDER BY count(*) DESC LIMIT 1
SELECT T1.Horsepower FROM cars_data AS T1 ORDER BY T1.Horsepower DESC LIMIT 1
SELECT T1.Horsepower FROM cars_data AS T1 ORDER BY T1.Horsepower DESC LIMIT 1
SELECT count(*) FROM cars_data AS T1
SELECT count(*) FROM cars_data AS T1
SELECT count(*) FROM cars_data AS T1
SELECT count(*) FROM cars_data AS T1
SELECT count(*) FROM car_makers AS T1
SELECT count(*) FROM countries AS T1
SELECT count(*) FROM cars_data AS T1
SELECT count(*) FROM cars_data AS T1
SELECT T1.Horsepower FROM cars_data AS T1 ORDER BY T1.Cylinders DESC LIMIT 1
SELECT count(*) FROM cars_data AS T1
SELECT T1.Cylinders FROM cars_data AS T1 ORDER BY T1.Cylinders DESC LIMIT 1
SELECT T1.Cylinders FROM cars_data AS T1 ORDER BY T1.Cylinders DESC LIMIT 1
SELECT avg(T1.Cylinders) FROM cars_data AS T1
SELECT avg(T1.MPG) FROM cars_data AS T1
SELECT T1.Model FROM car_names AS T1 ORDER BY T1.Model
SELECT T1.Model FROM car_names AS T1 ORDER BY T1.Model
SELECT DISTINCT countries.CountryName FROM car_makers AS T1
SELECT countries.CountryName FROM car_makers AS T1 WHERE countries.CountryName = 'value'
SELECT T1.Maker FROM car_makers AS T1 GROUP BY T1.Maker ORDER BY count(*) DESC LIMIT 1
SELECT T1.Maker FROM car_makers AS T1 GROUP BY T1.Maker ORDER BY count(*) DESC LIMIT 1
SELECT countries.CountryName FROM car_makers AS T1 GROUP BY countries.CountryName ORDER BY count(*) DESC LIMIT 1
SELECT countries.CountryName FROM car_makers AS T1 GROUP BY countries.CountryName ORDER BY count(*) DESC LIMIT 1
SELECT DISTINCT T1.Country FROM airlines AS T1
SELECT T1.Country FROM airports AS T1
SELECT DISTINCT T1.Abbreviation FROM airlines AS T1
SELECT DISTINCT T1.Abbreviation FROM airlines AS T1
SELECT DISTINCT T1.Airline FROM airlines AS T1
SELECT DISTINCT T1.Airline FROM airlines AS T1
SELECT DISTINCT T1.City FROM airports AS T1
SELECT T1.City FROM airports AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airports AS T1
SELECT count(*) FROM airports AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT DISTINCT T1.Abbreviation FROM airlines AS T1
SELECT DISTINCT T1.Abbreviation FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT T1.City FROM airports AS T1
SELECT DISTINCT T1.City FROM airports AS T1
SELECT DISTINCT T1.AirportName FROM airports AS T1
SELECT DISTINCT T1.AirportName FROM airports AS T1
SELECT DISTINCT T1.City FROM airports AS T1
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportName = 'Aberdeen'
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
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT airports.City FROM flights AS T1 GROUP BY airports.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.City FROM airports AS T1 GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT airports.City FROM flights AS T1 GROUP BY airports.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.City FROM airports AS T1 GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 GROUP BY T1.AirportCode ORDER BY count(*) DESC LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 ORDER BY T1.AirportCode DESC LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 GROUP BY T1.AirportCode ORDER BY count(*) DESC LIMIT 1
SELECT airports.AirportCode FROM flights AS T1 ORDER BY airports.AirportCode DESC LIMIT 1
SELECT T1.Airline FROM airlines AS T1 GROUP BY T1.Airline ORDER BY count(*) DESC LIMIT 1
SELECT T1.Airline FROM airlines AS T1 GROUP BY T1.Airline ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM airlines AS T1
SELECT airlines.Abbreviation FROM flights AS T1 GROUP BY airlines.Abbreviation ORDER BY count(*) DESC LIMIT 1
SELECT T1.Airline FROM flights AS T1 WHERE T1.Airline = 'value'
SELECT DISTINCT T1.SourceAirport FROM flights AS T1
SELECT airlines.Airline FROM flights AS T1 WHERE airlines.Airline = 'AHD'
SELECT DISTINCT T1.DestAirport FROM flights AS T1
SELECT flights.Airline FROM airlines AS T1
SELECT T1.Airline FROM airlines AS T1
SELECT T1.Airline FROM airlines AS T1
SELECT T1.Airline FROM airlines AS T1 WHERE T1.Airline = 'CVO'
SELECT T1.Airline FROM airlines AS T1 ORDER BY T1.Airline DESC LIMIT 1
SELECT T1.Airline FROM airlines AS T1 ORDER BY T1.Airline DESC LIMIT 1
SELECT count(*) FROM airlines AS T1
SELECT T1.Airline FROM airlines AS T1 ORDER BY T1.Airline DESC LIMIT 1
SELECT T1.Airline FROM airlines AS T1 WHERE T1.Airline = 'United Airlines'
SELECT DISTINCT T1.FlightNo FROM flights AS T1
SELECT DISTINCT T1.FlightNo FROM flights AS T1
SELECT T1.FlightNo FROM flights AS T1 ORDER BY T1.FlightNo DESC LIMIT 1
SELECT DISTINCT T1.FlightNo FROM flights AS T1
SELECT T1.FlightNo FROM flights AS T1 ORDER BY T1.FlightNo
SELECT DISTINCT T1.FlightNo FROM flights AS T1
SELECT T1.FlightNo FROM flights AS T1 ORDER BY T1.FlightNo DESC LIMIT 1
SELECT DISTINCT T1.FlightNo FROM flights AS T1
SELECT T1.FlightNo FROM flights AS T1 ORDER BY T1.FlightNo DESC LIMIT 1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT airports.AirportName FROM flights AS T1
SELECT T1.AirportName FROM airports AS T1
SELECT count(*) FROM employee AS T1
SELECT count(*) FROM employee AS T1
SELECT T1.Name FROM employee AS T1 ORDER BY T1.Age
SELECT T1.Age FROM employee AS T1 ORDER BY T1.Age
SELECT count(DISTINCT T1.City) FROM employee AS T1
SELECT count(DISTINCT T1.City) FROM employee AS T1
SELECT T1.City FROM employee AS T1 GROUP BY T1.Age ORDER BY count(*) DESC LIMIT 1
SELECT T1.City FROM employee AS T1 GROUP BY T1.Age ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM shop AS T1
SELECT count(DISTINCT T1.Location) FROM shop AS T1
SELECT T1.District FROM shop AS T1 GROUP BY T1.District ORDER BY count(*) DESC LIMIT 1
SELECT T1.District FROM shop AS T1 GROUP BY T1.District ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM shop AS T1
SELECT count(*) FROM shop AS T1
SELECT T1.District FROM shop AS T1 GROUP BY T1.District ORDER BY count(*) DESC LIMIT 1
SELECT T1.District FROM shop AS T1 ORDER BY T1.District
SELECT avg(T1.Number_products) FROM shop AS T1
SELECT avg(T1.Number_products) FROM shop AS T1
SELECT T1.Year_awarded FROM evaluation AS T1 GROUP BY T1.Year_awarded ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 ORDER BY evaluation.Bonus DESC LIMIT 1
SELECT evaluation.Bonus FROM employee AS T1 GROUP BY evaluation.Bonus ORDER BY count(*) DESC LIMIT 1
SELECT employee.Name FROM evaluation AS T1 WHERE employee.Name = 'value'
SELECT employee.Name FROM evaluation AS T1 WHERE employee.Name = 'value'
SELECT T1.Name FROM shop AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM shop AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM shop AS T1 WHERE T1.Name = 'value'
SELECT T1.Name FROM shop AS T1 WHERE T1.Name = 'value'
SELECT count(*) FROM shop AS T1
SELECT count(*) FROM shop AS T1
SELECT avg(T1.Bonus) FROM evaluation AS T1
SELECT count(DISTINCT T1.Bonus) FROM evaluation AS T1
SELECT * FROM hiring AS T1 WHERE * = 'value'
SELECT * FROM hiring AS T1 WHERE * = 'value'
SELECT T1.District FROM shop AS T1 ORDER BY T1.District
SELECT T1.District FROM shop AS T1 ORDER BY T1.District DESC LIMIT 1
SELECT count(DISTINCT T1.Location) FROM shop AS T1
SELECT count(DISTINCT T1.Location) FROM shop AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT T1.Document_Name FROM Documents AS T1 WHERE T1.Document_Description = 'IDs'
SELECT T1.Document_Description FROM Documents AS T1 WHERE T1.Document_Description = 'value'
SELECT T1.Document_Name FROM Documents AS T1 WHERE T1.Document_Name = 'w'
SELECT T1.Document_Name FROM Documents AS T1 WHERE T1.Document_Name = 'value'
SELECT T1.Template_ID FROM Documents AS T1 WHERE T1.Template_ID = 'value'
SELECT T1.Template_ID FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT T1.Template_ID FROM Documents AS T1 GROUP BY T1.Template_ID ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT T1.Template_ID FROM Documents AS T1 WHERE T1.Template_ID = 'value'
SELECT T1.Template_ID FROM Documents AS T1 WHERE T1.Template_ID = 'value'
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Template_Type_Code = 'value'
SELECT T1.Version_Number FROM Templates AS T1 WHERE T1.Version_Number = 'value'
SELECT T1.Template_Type_Code FROM Templates AS T1
SELECT DISTINCT T1.Template_Type_Code FROM Templates AS T1
SELECT DISTINCT T1.Template_Type_Code FROM Templates AS T1
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Template_Type_Code = 'PP'
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY Ref_Template_Types.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 ORDER BY T1.Version_Number DESC LIMIT 1
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Templates AS T1
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 ORDER BY T1.Version_Number DESC LIMIT 1
SELECT avg(T1.Version_Number) FROM Templates AS T1
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1
SELECT T1.Template_Type_Code FROM Templates AS T1
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Template_Type_Code = 'BK'
SELECT T1.Document_Name FROM Documents AS T1 WHERE T1.Document_Name = 'BK'
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 GROUP BY Ref_Template_Types.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Ref_Template_Types AS T1
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1
SELECT T1.Template_Type_Code FROM Templates AS T1
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'value'
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT DISTINCT T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT T1.Template_Type_Code FROM Ref_Template_Types AS T1 ORDER BY T1.Template_Type_Description
SELECT DISTINCT T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT DISTINCT T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT DISTINCT T1.Document_Description FROM Documents AS T1
SELECT DISTINCT T1.Template_Type_Description FROM Ref_Template_Types AS T1
SELECT T1.Document_Description FROM Documents AS T1 WHERE T1.Document_Description = 'Presentation'
SELECT count(*) FROM Paragraphs AS T1
SELECT count(*) FROM Paragraphs AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Paragraphs AS T1
SELECT DISTINCT T1.Paragraph_Text FROM Paragraphs AS T1
SELECT DISTINCT T1.Paragraph_Text FROM Paragraphs AS T1
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Welcome to NY'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Welcome to NY'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Customer reviews'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Customer reviews'
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT T1.Document_Name FROM Documents AS T1 GROUP BY T1.Document_Name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Documents AS T1
SELECT T1.Document_Name FROM Documents AS T1 GROUP BY T1.Document_Name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Documents AS T1
SELECT T1.Template_ID FROM Documents AS T1 GROUP BY T1.Template_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Document_ID FROM Documents AS T1 GROUP BY T1.Document_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_ID FROM Documents AS T1 ORDER BY T1.Document_Name DESC LIMIT 1
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Brazil'
SELECT T1.Document_Name FROM Documents AS T1 WHERE T1.Document_Name = 'Brazil'
SELECT count(*) FROM teacher AS T1
SELECT count(*) FROM teacher AS T1
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Age
SELECT T1.Name FROM teacher AS T1 ORDER BY T1.Age
SELECT T1.Hometown FROM teacher AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 ORDER BY T1.Age
SELECT DISTINCT T1.Hometown FROM teacher AS T1
SELECT DISTINCT T1.Hometown FROM teacher AS T1
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 32
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 32
SELECT T1.Age FROM teacher AS T1 ORDER BY T1.Hometown DESC LIMIT 1
SELECT T1.Age FROM teacher AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT count(*) FROM teacher AS T1
SELECT count(*) FROM teacher AS T1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Teacher_ID FROM teacher AS T1 GROUP BY T1.Teacher_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 'value'
SELECT DISTINCT T1.Name FROM teacher AS T1
SELECT DISTINCT T1.Name FROM teacher AS T1
SELECT DISTINCT T1.Name FROM teacher AS T1
SELECT DISTINCT T1.Name FROM teacher AS T1
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 'value'
SELECT count(*) FROM teacher AS T1
SELECT count(*) FROM teacher AS T1
SELECT T1.Name FROM teacher AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM teacher AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT DISTINCT T1.Name FROM teacher AS T1
SELECT DISTINCT T1.Name FROM teacher AS T1
SELECT count(*) FROM visit AS T1
SELECT visitor.Name FROM visit AS T1 ORDER BY visitor.Level_of_membership DESC LIMIT 1
SELECT avg(T1.Age) FROM visitor AS T1
SELECT visitor.Name FROM visit AS T1 ORDER BY visitor.Level_of_membership DESC LIMIT 1
SELECT T1.Num_of_Staff FROM museum AS T1 GROUP BY T1.Num_of_Staff ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.Open_Year) FROM museum AS T1
SELECT T1.Open_Year FROM museum AS T1 GROUP BY T1.Open_Year ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM museum AS T1 ORDER BY T1.Num_of_Staff DESC LIMIT 1
SELECT T1.Name FROM museum AS T1 ORDER BY visitor.Age DESC LIMIT 1
SELECT T1.Name FROM museum AS T1 ORDER BY visit.Total_spent DESC LIMIT 1
SELECT T1.Museum_ID FROM museum AS T1 GROUP BY T1.Museum_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM museum AS T1 WHERE T1.Name = 'value'
SELECT count(*) FROM visit AS T1
SELECT avg(T1.Num_of_Ticket) FROM visit AS T1
SELECT avg(T1.Total_spent) FROM visit AS T1
SELECT T1.Name FROM museum AS T1 ORDER BY T1.Name
SELECT count(*) FROM museum AS T1
SELECT count(*) FROM museum AS T1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT T1.first_name FROM players AS T1 ORDER BY T1.birth_date
SELECT DISTINCT T1.first_name FROM players AS T1
SELECT avg(T1.winner_age) FROM matches AS T1
SELECT avg(T1.winner_age) FROM matches AS T1
SELECT avg(T1.winner_name) FROM matches AS T1
SELECT avg(T1.winner_rank) FROM matches AS T1
SELECT T1.loser_name FROM matches AS T1 ORDER BY T1.loser_name DESC LIMIT 1
SELECT T1.loser_name FROM matches AS T1 ORDER BY T1.loser_name DESC LIMIT 1
SELECT count(DISTINCT T1.country_code) FROM players AS T1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT T1.tourney_name FROM matches AS T1 GROUP BY T1.tourney_name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM matches AS T1
SELECT DISTINCT T1.winner_name FROM matches AS T1
SELECT T1.first_name FROM players AS T1
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT DISTINCT T1.country_code FROM players AS T1
SELECT DISTINCT T1.country_code FROM players AS T1
SELECT T1.first_name FROM players AS T1 ORDER BY T1.country_code
SELECT T1.first_name FROM players AS T1 ORDER BY T1.country_code
SELECT T1.last_name FROM players AS T1 ORDER BY T1.birth_date
SELECT DISTINCT T1.birth_date FROM players AS T1
SELECT T1.hand FROM players AS T1 ORDER BY T1.birth_date
SELECT T1.birth_date FROM players AS T1 ORDER BY T1.birth_date
SELECT T1.first_name FROM players AS T1 ORDER BY T1.country_code DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.year FROM matches AS T1 GROUP BY T1.year ORDER BY count(*) DESC LIMIT 1
SELECT T1.year FROM matches AS T1 GROUP BY T1.year ORDER BY count(*) DESC LIMIT 1
SELECT T1.winner_name FROM matches AS T1 GROUP BY T1.winner_rank_points ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id GROUP BY T1.first_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.winner_rank_points FROM matches AS T1 ORDER BY T1.winner_name DESC LIMIT 1
SELECT count(*) FROM matches AS T1
SELECT T1.minutes FROM matches AS T1 ORDER BY T1.loser_name DESC LIMIT 1
SELECT T1.loser_name FROM matches AS T1 ORDER BY T1.loser_name
SELECT avg(T1.ranking) FROM rankings AS T1
SELECT avg(T1.ranking) FROM rankings AS T1
SELECT T1.first_name FROM players AS T1 GROUP BY rankings.ranking_points ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name FROM players AS T1 ORDER BY rankings.ranking_points DESC LIMIT 1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM players AS T1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM rankings AS T1
SELECT count(DISTINCT T1.ranking_date) FROM rankings AS T1
SELECT count(DISTINCT T1.year) FROM matches AS T1
SELECT count(DISTINCT T1.year) FROM matches AS T1
SELECT T1.winner_age FROM matches AS T1 ORDER BY T1.winner_name DESC LIMIT 1
SELECT T1.winner_name FROM matches AS T1 ORDER BY T1.winner_name DESC LIMIT 1
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT T1.first_name FROM players AS T1 ORDER BY T1.country_code DESC LIMIT 1
SELECT T1.birth_date FROM players AS T1 ORDER BY T1.country_code DESC LIMIT 1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM ship AS T1
SELECT DISTINCT T1.tonnage FROM ship AS T1
SELECT T1.date FROM battle AS T1
SELECT avg(T1.caused_by_ship_id) FROM death AS T1
SELECT avg(T1.caused_by_ship_id) FROM death AS T1
SELECT ship.tonnage FROM death AS T1 WHERE ship.tonnage = 't'
SELECT T1.bulgarian_commander FROM battle AS T1 WHERE T1.bulgarian_commander = 'Boril'
SELECT DISTINCT T1.name FROM battle AS T1
SELECT T1.name FROM battle AS T1 ORDER BY T1.name DESC LIMIT 1
SELECT T1.name FROM ship AS T1 ORDER BY T1.name DESC LIMIT 1
SELECT T1.bulgarian_commander FROM battle AS T1 WHERE T1.latin_commander = 'Kaloyan'
SELECT count(*) FROM battle AS T1
SELECT count(*) FROM ship AS T1
SELECT battle.name FROM ship AS T1 WHERE battle.name = 'Lettice'
SELECT T1.bulgarian_commander FROM battle AS T1
SELECT DISTINCT T1.note FROM death AS T1
SELECT T1.line_1 FROM Addresses AS T1
SELECT T1.line_3 FROM Addresses AS T1
SELECT count(*) FROM Courses AS T1
SELECT count(*) FROM Courses AS T1
SELECT T1.course_name FROM Courses AS T1
SELECT DISTINCT T1.course_description FROM Courses AS T1
SELECT DISTINCT T1.city FROM Addresses AS T1
SELECT DISTINCT T1.zip_postcode FROM Addresses AS T1
SELECT count(*) FROM Degree_Programs AS T1
SELECT T1.degree_summary_description FROM Degree_Programs AS T1 GROUP BY T1.degree_summary_description ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Degree_Programs AS T1
SELECT count(*) FROM Degree_Programs AS T1
SELECT count(*) FROM Degree_Programs AS T1
SELECT count(*) FROM Degree_Programs AS T1
SELECT count(*) FROM Degree_Programs AS T1
SELECT count(*) FROM Degree_Programs AS T1
SELECT T1.section_description FROM Sections AS T1
SELECT Degree_Programs.degree_summary_description FROM Sections AS T1
SELECT count(*) FROM Courses AS T1
SELECT DISTINCT T1.course_id FROM Sections AS T1
SELECT DISTINCT T1.section_name FROM Sections AS T1
SELECT DISTINCT T1.section_name FROM Sections AS T1
SELECT count(*) FROM Students AS T1
SELECT count(*) FROM Student_Enrolment AS T1
SELECT DISTINCT T1.department_name FROM Departments AS T1
SELECT DISTINCT T1.department_description FROM Departments AS T1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1
SELECT DISTINCT T1.degree_summary_name FROM Degree_Programs AS T1
SELECT DISTINCT T1.degree_summary_name FROM Degree_Programs AS T1
SELECT DISTINCT T1.last_name FROM Students AS T1
SELECT count(*) FROM Student_Enrolment AS T1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 GROUP BY T1.degree_summary_name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Student_Enrolment AS T1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 GROUP BY T1.degree_summary_name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Student_Enrolment AS T1
SELECT T1.middle_name FROM Students AS T1 GROUP BY T1.middle_name ORDER BY count(*) DESC LIMIT 1
SELECT DISTINCT T1.semester_name FROM Semesters AS T1
SELECT DISTINCT Semesters.semester_name FROM Student_Enrolment AS T1
SELECT DISTINCT T1.course_name FROM Courses AS T1
SELECT DISTINCT T1.course_name FROM Courses AS T1
SELECT count(*) FROM Courses AS T1
SELECT count(*) FROM Students AS T1
SELECT DISTINCT T1.degree_summary_name FROM Degree_Programs AS T1
SELECT DISTINCT T1.degree_summary_name FROM Degree_Programs AS T1
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date DESC LIMIT 1
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date
SELECT T1.last_name FROM Students AS T1
SELECT T1.cell_mobile_number FROM Students AS T1
SELECT T1.last_name FROM Students AS T1
SELECT DISTINCT T1.last_name FROM Students AS T1
SELECT T1.first_name FROM Students AS T1 ORDER BY T1.last_name
SELECT DISTINCT T1.middle_name FROM Students AS T1
SELECT DISTINCT T1.other_address_details FROM Addresses AS T1
SELECT DISTINCT T1.first_name FROM Students AS T1
SELECT count(*) FROM Addresses AS T1
SELECT T1.line_2 FROM Addresses AS T1 GROUP BY T1.line_2 ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Transcripts AS T1
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date DESC LIMIT 1
SELECT DISTINCT T1.transcript_date FROM Transcripts AS T1
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date
SELECT count(*) FROM Transcripts AS T1
SELECT count(*) FROM Transcripts AS T1
SELECT DISTINCT T1.transcript_date FROM Transcripts AS T1
SELECT DISTINCT T1.transcript_date FROM Transcripts AS T1
SELECT count(*) FROM Transcripts AS T1
SELECT count(*) FROM Transcripts AS T1
SELECT T1.transcript_date FROM Transcripts AS T1 GROUP BY T1.transcript_date ORDER BY count(*) DESC LIMIT 1
SELECT T1.transcript_date FROM Transcripts AS T1 GROUP BY T1.transcript_date ORDER BY count(*) DESC LIMIT 1
SELECT Students.other_student_details FROM Student_Enrolment AS T1
SELECT T1.semester_id FROM Semesters AS T1
SELECT count(*) FROM Addresses AS T1
SELECT Addresses.other_address_details FROM Students AS T1
SELECT DISTINCT T1.other_student_details FROM Students AS T1
SELECT T1.other_student_details FROM Students AS T1
SELECT DISTINCT T1.section_name FROM Sections AS T1
SELECT DISTINCT T1.section_description FROM Sections AS T1
SELECT T1.first_name FROM Students AS T1
SELECT Students.first_name FROM Student_Enrolment AS T1
SELECT T1.Title FROM Cartoon AS T1 WHERE T1.Title = 'value'
SELECT DISTINCT T1.Title FROM Cartoon AS T1
SELECT T1.Directed_by FROM Cartoon AS T1 WHERE T1.Directed_by = 'Ben Jones'
SELECT DISTINCT T1.Directed_by FROM Cartoon AS T1
SELECT count(DISTINCT T1.Written_by) FROM Cartoon AS T1
SELECT count(DISTINCT T1.Written_by) FROM Cartoon AS T1
SELECT DISTINCT T1.Title FROM Cartoon AS T1
SELECT DISTINCT TV_series.Air_Date FROM Cartoon AS T1
SELECT DISTINCT T1.Title FROM Cartoon AS T1
SELECT DISTINCT T1.Title FROM Cartoon AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(DISTINCT T1.Country) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT DISTINCT T1.Content FROM TV_Channel AS T1
SELECT DISTINCT T1.Content FROM TV_Channel AS T1
SELECT DISTINCT T1.Package_Option FROM TV_Channel AS T1
SELECT DISTINCT T1.Package_Option FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT T1.Channel FROM Cartoon AS T1 ORDER BY T1.Channel
SELECT Cartoon.Channel FROM TV_Channel AS T1 ORDER BY Cartoon.Channel
SELECT T1.Title FROM Cartoon AS T1 WHERE T1.Title = 'Sky Radio'
SELECT DISTINCT T1.series_name FROM TV_Channel AS T1
SELECT DISTINCT T1.Episode FROM TV_series AS T1
SELECT DISTINCT T1.Episode FROM TV_series AS T1
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Rating DESC LIMIT 3
SELECT T1.Episode FROM TV_series AS T1 GROUP BY T1.Episode ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.Share) FROM TV_series AS T1
SELECT avg(T1.Share) FROM TV_series AS T1
SELECT DISTINCT T1.Air_Date FROM TV_series AS T1
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Episode
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Weekly_Rank DESC LIMIT 1
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Weekly_Rank
SELECT DISTINCT T1.series_name FROM TV_Channel AS T1
SELECT DISTINCT T1.Episode FROM TV_series AS T1
SELECT T1.Episode FROM TV_series AS T1 WHERE T1.Episode = 'Sky Radio'
SELECT DISTINCT T1.Episode FROM TV_series AS T1
SELECT count(DISTINCT T1.Directed_by) FROM Cartoon AS T1
SELECT count(*) FROM Cartoon AS T1
SELECT T1.Production_code FROM Cartoon AS T1 GROUP BY T1.Channel ORDER BY count(*) DESC LIMIT 1
SELECT T1.Channel FROM Cartoon AS T1 GROUP BY T1.Channel ORDER BY count(*) DESC LIMIT 1
SELECT DISTINCT T1.series_name FROM TV_Channel AS T1
SELECT T1.Package_Option FROM TV_Channel AS T1 ORDER BY T1.Package_Option
SELECT TV_Channel.Country FROM Cartoon AS T1 WHERE TV_Channel.Country = 'Todd Casey'
SELECT DISTINCT T1.Country FROM TV_Channel AS T1
SELECT T1.Country FROM TV_Channel AS T1
SELECT DISTINCT T1.Country FROM TV_Channel AS T1
SELECT DISTINCT T1.Country FROM TV_Channel AS T1
SELECT DISTINCT T1.Country FROM TV_Channel AS T1
SELECT DISTINCT T1.Pixel_aspect_ratio_PAR FROM TV_Channel AS T1
SELECT DISTINCT T1.Country FROM TV_Channel AS T1
SELECT T1.Country FROM TV_Channel AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT Cartoon.Channel FROM TV_Channel AS T1 ORDER BY Cartoon.Channel DESC LIMIT 1
SELECT T1.Channel FROM Cartoon AS T1 WHERE T1.Channel = 'Ben Jones'
SELECT DISTINCT T1.Channel FROM Cartoon AS T1
SELECT TV_Channel.Package_Option FROM Cartoon AS T1
SELECT DISTINCT T1.Package_Option FROM TV_Channel AS T1
SELECT count(*) FROM poker_player AS T1
SELECT count(*) FROM poker_player AS T1
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings DESC LIMIT 1
SELECT T1.Final_Table_Made FROM poker_player AS T1 ORDER BY T1.Final_Table_Made DESC LIMIT 1
SELECT T1.Final_Table_Made FROM poker_player AS T1 ORDER BY T1.Final_Table_Made DESC LIMIT 1
SELECT avg(T1.Earnings) FROM poker_player AS T1
SELECT avg(T1.Earnings) FROM poker_player AS T1
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Money_Rank DESC LIMIT 1
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Money_Rank DESC LIMIT 1
SELECT avg(T1.Final_Table_Made) FROM poker_player AS T1
SELECT avg(T1.Final_Table_Made) FROM poker_player AS T1
SELECT people.Name FROM poker_player AS T1 WHERE people.Name = 'value'
SELECT T1.Poker_Player_ID FROM poker_player AS T1 WHERE T1.Poker_Player_ID = 'value'
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings DESC LIMIT 1
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings DESC LIMIT 1
SELECT DISTINCT T1.Final_Table_Made FROM poker_player AS T1
SELECT T1.Final_Table_Made FROM poker_player AS T1 GROUP BY T1.Final_Table_Made ORDER BY count(*) DESC LIMIT 1
SELECT people.Birth_Date FROM poker_player AS T1 ORDER BY T1.Earnings DESC LIMIT 1
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings DESC LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 ORDER BY T1.Money_Rank DESC LIMIT 1
SELECT people.Height FROM poker_player AS T1 ORDER BY T1.Money_Rank DESC LIMIT 1
SELECT avg(T1.Earnings) FROM poker_player AS T1
SELECT avg(T1.Earnings) FROM poker_player AS T1
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings
SELECT count(*) FROM people AS T1
SELECT count(*) FROM people AS T1
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality ORDER BY count(*) DESC LIMIT 1
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality ORDER BY count(*) DESC LIMIT 1
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality ORDER BY count(*) DESC LIMIT 1
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality ORDER BY count(*) DESC LIMIT 1
SELECT T1.Birth_Date FROM people AS T1 ORDER BY T1.Birth_Date
SELECT DISTINCT T1.Birth_Date FROM people AS T1
SELECT DISTINCT T1.Nationality FROM people AS T1
SELECT DISTINCT T1.Name FROM people AS T1
SELECT T1.People_ID FROM poker_player AS T1 WHERE T1.People_ID = 'value'
SELECT DISTINCT T1.Name FROM people AS T1
SELECT count(*) FROM people AS T1
SELECT count(*) FROM people AS T1
SELECT count(*) FROM AREA_CODE_STATE AS T1
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name = 'value'
SELECT T1.phone_number FROM VOTES AS T1 WHERE T1.phone_number = 'value'
SELECT avg(T1.area_code) FROM AREA_CODE_STATE AS T1
SELECT T1.state FROM VOTES AS T1 ORDER BY T1.created
SELECT DISTINCT T1.contestant_name FROM CONTESTANTS AS T1
SELECT AREA_CODE_STATE.state FROM VOTES AS T1 ORDER BY T1.state
SELECT T1.contestant_name FROM CONTESTANTS AS T1 GROUP BY T1.contestant_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.contestant_name FROM CONTESTANTS AS T1 ORDER BY T1.contestant_name DESC LIMIT 1
SELECT count(*) FROM VOTES AS T1
SELECT count(*) FROM CONTESTANTS AS T1
SELECT T1.area_code FROM AREA_CODE_STATE AS T1 GROUP BY T1.area_code ORDER BY count(*) DESC LIMIT 1
SELECT DISTINCT T1.contestant_name FROM CONTESTANTS AS T1
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name = 'Tabatha Gehling'
SELECT DISTINCT T1.contestant_name FROM CONTESTANTS AS T1
SELECT DISTINCT T1.Name FROM country AS T1
SELECT T1.Name FROM city AS T1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT avg(T1.SurfaceArea) FROM country AS T1
SELECT DISTINCT T1.Continent FROM country AS T1
SELECT DISTINCT T1.Continent FROM country AS T1
SELECT DISTINCT country.Region FROM city AS T1
SELECT DISTINCT T1.Region FROM country AS T1
SELECT T1.Language FROM countrylanguage AS T1 GROUP BY T1.Language ORDER BY count(*) DESC LIMIT 1
SELECT DISTINCT T1.Language FROM countrylanguage AS T1
SELECT DISTINCT T1.LifeExpectancy FROM country AS T1
SELECT DISTINCT T1.LifeExpectancy FROM country AS T1
SELECT T1.Region FROM country AS T1 ORDER BY T1.Population
SELECT T1.Region FROM country AS T1 ORDER BY T1.Population
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT T1.LifeExpectancy FROM country AS T1 ORDER BY T1.LifeExpectancy
SELECT T1.LifeExpectancy FROM country AS T1 ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT count(DISTINCT T1.Population) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT count(DISTINCT T1.District) FROM city AS T1
SELECT count(*) FROM country AS T1
SELECT avg(T1.Population) FROM country AS T1
SELECT T1.Population FROM country AS T1 GROUP BY T1.Population ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM countrylanguage AS T1
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT count(*) FROM countrylanguage AS T1
SELECT count(*) FROM countrylanguage AS T1
SELECT count(*) FROM countrylanguage AS T1
SELECT count(*) FROM country AS T1
SELECT T1.Language FROM countrylanguage AS T1 GROUP BY T1.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Continent FROM country AS T1 GROUP BY T1.Continent ORDER BY count(*) DESC LIMIT 1
SELECT T1.Continent FROM country AS T1 GROUP BY T1.Continent ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT T1.Name FROM city AS T1
SELECT T1.Name FROM country AS T1
SELECT T1.Language FROM countrylanguage AS T1
SELECT DISTINCT T1.Name FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT DISTINCT T1.Region FROM country AS T1
SELECT DISTINCT T1.Region FROM country AS T1
SELECT countrylanguage.Language FROM country AS T1 WHERE countrylanguage.Language = 'English'
SELECT countrylanguage.Language FROM country AS T1 WHERE countrylanguage.Language = 'English'
SELECT countrylanguage.Language FROM country AS T1 GROUP BY countrylanguage.Language ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT T1.Language) FROM countrylanguage AS T1
SELECT T1.Language FROM countrylanguage AS T1 ORDER BY T1.Language
SELECT countrylanguage.Language FROM country AS T1 WHERE countrylanguage.Language = 'value'
SELECT T1.Population FROM city AS T1 GROUP BY T1.Population ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM city AS T1
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Population FROM country AS T1 ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT DISTINCT T1.HeadOfState FROM country AS T1
SELECT DISTINCT T1.HeadOfState FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT T1.SurfaceArea FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 1
SELECT T1.SurfaceArea FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 1
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population
SELECT DISTINCT city.CountryCode FROM country AS T1
SELECT DISTINCT city.CountryCode FROM country AS T1
SELECT city.CountryCode FROM country AS T1
SELECT DISTINCT city.CountryCode FROM country AS T1
SELECT DISTINCT T1.GovernmentForm FROM country AS T1
SELECT T1.Code FROM country AS T1
SELECT countrylanguage.Language FROM city AS T1 WHERE countrylanguage.Language = 'European'
SELECT DISTINCT T1.Name FROM city AS T1
SELECT countrylanguage.Language FROM city AS T1
SELECT DISTINCT T1.Name FROM city AS T1
SELECT T1.SurfaceArea FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.SurfaceArea FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.HeadOfState FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT avg(T1.District) FROM city AS T1
SELECT count(*) FROM city AS T1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT T1.Name FROM country AS T1 ORDER BY T1.Name DESC LIMIT 5
SELECT T1.SurfaceArea FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 1
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population DESC LIMIT 3
SELECT T1.Name FROM country AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT city.Population FROM country AS T1 ORDER BY city.Population DESC LIMIT 1
SELECT T1.Name FROM country AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT T1.Population FROM country AS T1 ORDER BY T1.Continent
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population
SELECT avg(T1.Population) FROM country AS T1
SELECT avg(T1.Population) FROM country AS T1
SELECT T1.Population FROM city AS T1 ORDER BY T1.Population
SELECT DISTINCT T1.Population FROM city AS T1
SELECT countrylanguage.Language FROM country AS T1 GROUP BY countrylanguage.Language ORDER BY count(*) DESC LIMIT 1
SELECT countrylanguage.Language FROM country AS T1 GROUP BY countrylanguage.Language ORDER BY count(*) DESC LIMIT 1
SELECT countrylanguage.Language FROM country AS T1 GROUP BY countrylanguage.Language ORDER BY count(*) DESC LIMIT 1
SELECT city.CountryCode FROM country AS T1 GROUP BY city.CountryCode ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT T1.Code FROM country AS T1 JOIN country AS T2 GROUP BY T1.Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Code FROM country AS T1
SELECT count(*) FROM conductor AS T1
SELECT count(*) FROM conductor AS T1
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Age
SELECT DISTINCT T1.Nationality FROM conductor AS T1
SELECT DISTINCT T1.Nationality FROM conductor AS T1
SELECT T1.Orchestra FROM orchestra AS T1 ORDER BY T1.Record_Company
SELECT T1.Year_of_Founded FROM orchestra AS T1 ORDER BY T1.Record_Company
SELECT avg(T1.Attendance) FROM show AS T1
SELECT avg(T1.Attendance) FROM show AS T1
SELECT avg(T1.Type) FROM performance AS T1
SELECT T1.Type FROM performance AS T1 ORDER BY T1.Type DESC LIMIT 1
SELECT count(DISTINCT T1.Nationality) FROM conductor AS T1
SELECT count(*) FROM conductor AS T1
SELECT T1.Year_of_Work FROM conductor AS T1 ORDER BY T1.Year_of_Work
SELECT T1.Year_of_Work FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC LIMIT 1
SELECT T1.Year_of_Work FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC LIMIT 1
SELECT T1.Year_of_Work FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC LIMIT 1
SELECT conductor.Name FROM orchestra AS T1 WHERE conductor.Name = 'value'
SELECT T1.Name FROM conductor AS T1 WHERE T1.Name = 'value'
SELECT count(*) FROM conductor AS T1
SELECT conductor.Name FROM orchestra AS T1 GROUP BY conductor.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 WHERE T1.Name = 2008
SELECT orchestra.Year_of_Founded FROM conductor AS T1 WHERE orchestra.Year_of_Founded = 2008
SELECT count(*) FROM orchestra AS T1
SELECT count(*) FROM orchestra AS T1
SELECT T1.Major_Record_Format FROM orchestra AS T1 GROUP BY T1.Major_Record_Format ORDER BY count(*) DESC LIMIT 1
SELECT T1.Major_Record_Format FROM orchestra AS T1 ORDER BY T1.Major_Record_Format
SELECT T1.Record_Company FROM orchestra AS T1 GROUP BY T1.Record_Company ORDER BY count(*) DESC LIMIT 1
SELECT T1.Record_Company FROM orchestra AS T1 GROUP BY T1.Record_Company ORDER BY count(*) DESC LIMIT 1
SELECT DISTINCT T1.Orchestra FROM orchestra AS T1
SELECT DISTINCT T1.Orchestra FROM orchestra AS T1
SELECT T1.Record_Company FROM orchestra AS T1
SELECT T1.Record_Company FROM orchestra AS T1
SELECT count(*) FROM orchestra AS T1
SELECT count(*) FROM orchestra AS T1
SELECT T1.Orchestra FROM orchestra AS T1 GROUP BY T1.Orchestra ORDER BY count(*) DESC LIMIT 1
SELECT T1.Orchestra FROM orchestra AS T1 ORDER BY T1.Year_of_Founded DESC LIMIT 1
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.grade = 'value'
SELECT DISTINCT T1.grade FROM Highschooler AS T1
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.grade = 'value'
SELECT avg(T1.grade) FROM Highschooler AS T1
SELECT T1.grade FROM Highschooler AS T1 ORDER BY T1.grade DESC LIMIT 1
SELECT DISTINCT T1.grade FROM Highschooler AS T1
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.grade = 10
SELECT DISTINCT T1.grade FROM Highschooler AS T1
SELECT T1.ID FROM Highschooler AS T1 WHERE T1.ID = 'value'
SELECT DISTINCT T1.ID FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.friend_id FROM Friend AS T1 ORDER BY T1.friend_id DESC LIMIT 1
SELECT count(*) FROM Friend AS T1
SELECT T1.name FROM Highschooler AS T1 GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT T1.name FROM Highschooler AS T1 GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 WHERE T1.name = "Kyle's"
SELECT T1.name FROM Highschooler AS T1 WHERE T1.name = 'Kyle'
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Friend AS T1
SELECT T1.student_id FROM Friend AS T1 WHERE T1.student_id = 'value'
SELECT Likes.student_id FROM Highschooler AS T1 WHERE Likes.student_id = 'value'
SELECT T1.name FROM Highschooler AS T1 WHERE T1.name = 'value'
SELECT DISTINCT T1.name FROM Highschooler AS T1
SELECT Friend.friend_id FROM Highschooler AS T1 WHERE Friend.friend_id = 'value'
SELECT T1.student_id FROM Friend AS T1 WHERE T1.student_id = 'value'
SELECT T1.name FROM Highschooler AS T1 WHERE T1.name = 'value'
SELECT T1.name FROM Highschooler AS T1 WHERE T1.name = 'value'
SELECT count(*) FROM Likes AS T1
SELECT count(*) FROM Likes AS T1
SELECT Highschooler.name FROM Likes AS T1 GROUP BY Highschooler.name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT T2.name FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID GROUP BY T2.name ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 ORDER BY T1.grade DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 ORDER BY T1.grade DESC LIMIT 1
SELECT count(*) FROM Likes AS T1
SELECT count(*) FROM Likes AS T1
SELECT avg(T1.grade) FROM Highschooler AS T1
SELECT avg(T1.grade) FROM Highschooler AS T1
SELECT T1.grade FROM Highschooler AS T1 ORDER BY T1.grade DESC LIMIT 1
SELECT avg(T1.grade) FROM Highschooler AS T1
SELECT DISTINCT T1.state FROM Owners AS T1
SELECT DISTINCT T1.state FROM Owners AS T1
SELECT avg(T1.age) FROM Dogs AS T1
SELECT avg(Dogs.age) FROM Charges AS T1
SELECT T1.date_of_treatment FROM Treatments AS T1 WHERE T1.date_of_treatment = 2
SELECT Owners.last_name FROM Dogs AS T1 ORDER BY Owners.last_name
SELECT Treatments.cost_of_treatment FROM Dogs AS T1 ORDER BY Treatments.cost_of_treatment LIMIT 1
SELECT T1.name FROM Dogs AS T1 ORDER BY T1.name DESC LIMIT 1
SELECT DISTINCT T1.first_name FROM Professionals AS T1
SELECT T1.first_name FROM Owners AS T1
SELECT T1.dog_id FROM Treatments AS T1 WHERE T1.dog_id = 'value'
SELECT T1.dog_id FROM Treatments AS T1
SELECT T1.last_name FROM Owners AS T1 GROUP BY T1.last_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name FROM Owners AS T1 GROUP BY T1.first_name ORDER BY count(*) DESC LIMIT 1
SELECT Professionals.first_name FROM Treatments AS T1 ORDER BY Professionals.first_name DESC LIMIT 1
SELECT T1.first_name FROM Professionals AS T1 ORDER BY T1.first_name
SELECT count(*) FROM Breeds AS T1
SELECT T1.breed_name FROM Breeds AS T1 GROUP BY T1.breed_name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Owners AS T1
SELECT T1.last_name FROM Owners AS T1 GROUP BY T1.last_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.cost_of_treatment FROM Treatments AS T1 ORDER BY T1.cost_of_treatment DESC LIMIT 1
SELECT T1.treatment_type_code FROM Treatments AS T1 ORDER BY T1.cost_of_treatment DESC LIMIT 1
SELECT T1.zip_code FROM Owners AS T1 ORDER BY T1.zip_code DESC LIMIT 1
SELECT T1.zip_code FROM Owners AS T1 GROUP BY T1.zip_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.treatment_type_code FROM Treatments AS T1 WHERE T1.treatment_type_code = 2
SELECT Professionals.home_phone FROM Treatments AS T1
SELECT T1.first_name FROM Professionals AS T1 ORDER BY T1.first_name DESC LIMIT 1
SELECT Treatments.cost_of_treatment FROM Professionals AS T1 ORDER BY Treatments.cost_of_treatment DESC LIMIT 1
SELECT DISTINCT T1.first_name FROM Professionals AS T1
SELECT Professionals.first_name FROM Treatments AS T1
SELECT DISTINCT T1.cost_of_treatment FROM Treatments AS T1
SELECT DISTINCT T1.cost_of_treatment FROM Treatments AS T1
SELECT T1.name FROM Dogs AS T1 ORDER BY T1.name
SELECT T1.name FROM Dogs AS T1 ORDER BY T1.name
SELECT T1.first_name FROM Owners AS T1 WHERE T1.first_name = 's first name and the dogs'
SELECT T1.first_name FROM Owners AS T1
SELECT DISTINCT T1.name FROM Dogs AS T1
SELECT T1.name FROM Dogs AS T1 ORDER BY T1.name
SELECT DISTINCT T1.name FROM Dogs AS T1
SELECT DISTINCT T1.first_name FROM Owners AS T1
SELECT T1.date_departed FROM Dogs AS T1
SELECT T1.date_of_treatment FROM Treatments AS T1
SELECT T1.last_name FROM Owners AS T1 ORDER BY T1.last_name
SELECT Dogs.name FROM Charges AS T1 ORDER BY T1.charge_amount DESC LIMIT 1
SELECT DISTINCT Owners.state FROM Professionals AS T1
SELECT T1.state FROM Professionals AS T1
SELECT T1.date_arrived FROM Dogs AS T1 WHERE T1.date_adopted = 'value'
SELECT T1.date_departed FROM Dogs AS T1
SELECT count(*) FROM Dogs AS T1
SELECT count(*) FROM Dogs AS T1
SELECT count(*) FROM Treatments AS T1
SELECT count(*) FROM Dogs AS T1
SELECT Owners.city FROM Professionals AS T1
SELECT Owners.street FROM Professionals AS T1
SELECT T1.state FROM Owners AS T1 ORDER BY T1.state
SELECT T1.first_name FROM Owners AS T1 ORDER BY T1.state
SELECT count(T1.age) FROM Dogs AS T1
SELECT count(*) FROM Dogs AS T1
SELECT T1.date_of_treatment FROM Treatments AS T1 GROUP BY T1.cost_of_treatment ORDER BY count(*) DESC LIMIT 1
SELECT T1.cost_of_treatment FROM Treatments AS T1 GROUP BY T1.cost_of_treatment ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Treatments AS T1
SELECT count(*) FROM Dogs AS T1
SELECT count(*) FROM Owners AS T1
SELECT count(*) FROM Owners AS T1
SELECT count(*) FROM Treatments AS T1
SELECT count(*) FROM Dogs AS T1
SELECT T1.age FROM Dogs AS T1 ORDER BY T1.weight
SELECT T1.name FROM Dogs AS T1 ORDER BY T1.age
SELECT avg(Dogs.age) FROM Charges AS T1
SELECT avg(Dogs.age) FROM Charges AS T1
SELECT Dogs.date_of_birth FROM Charges AS T1 ORDER BY Dogs.age DESC LIMIT 1
SELECT Dogs.date_of_birth FROM Charges AS T1 ORDER BY Dogs.age DESC LIMIT 1
SELECT T1.charge_amount FROM Charges AS T1 ORDER BY T1.charge_type DESC LIMIT 1
SELECT T1.charge_type FROM Charges AS T1 ORDER BY T1.charge_type
SELECT T1.charge_amount FROM Charges AS T1 GROUP BY T1.charge_type ORDER BY count(*) DESC LIMIT 1
SELECT T1.charge_type FROM Charges AS T1 GROUP BY T1.charge_amount ORDER BY count(*) DESC LIMIT 1
SELECT T1.home_phone FROM Professionals AS T1
SELECT T1.home_phone FROM Professionals AS T1
SELECT T1.breed_name FROM Breeds AS T1 ORDER BY T1.breed_name
SELECT Breeds.breed_name FROM Dogs AS T1 WHERE Breeds.breed_name = 'value'
SELECT DISTINCT T1.first_name FROM Professionals AS T1
SELECT Professionals.first_name FROM Treatments AS T1
SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions DESC LIMIT 1
SELECT DISTINCT T1.Citizenship FROM singer AS T1
SELECT DISTINCT T1.Citizenship FROM singer AS T1
SELECT DISTINCT T1.Citizenship FROM singer AS T1
SELECT DISTINCT T1.Name FROM singer AS T1
SELECT T1.Birth_Year FROM singer AS T1 WHERE T1.Birth_Year = 1948
SELECT T1.Birth_Year FROM singer AS T1 WHERE T1.Birth_Year = 1948
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions DESC LIMIT 1
SELECT T1.Net_Worth_Millions FROM singer AS T1 GROUP BY T1.Net_Worth_Millions ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM singer AS T1
SELECT count(DISTINCT T1.Citizenship) FROM singer AS T1
SELECT T1.Citizenship FROM singer AS T1 GROUP BY T1.Citizenship ORDER BY count(*) DESC LIMIT 1
SELECT T1.Citizenship FROM singer AS T1 GROUP BY T1.Citizenship ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.Net_Worth_Millions) FROM singer AS T1
SELECT avg(T1.Net_Worth_Millions) FROM singer AS T1
SELECT T1.Title FROM song AS T1 WHERE T1.Title = 'value'
SELECT singer.Name FROM song AS T1 ORDER BY singer.Name
SELECT T1.Name FROM singer AS T1 ORDER BY song.Sales DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 ORDER BY song.Sales DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM singer AS T1
SELECT song.Sales FROM singer AS T1 GROUP BY song.Sales ORDER BY count(*) DESC LIMIT 1
SELECT avg(song.Sales) FROM singer AS T1
SELECT DISTINCT T1.Name FROM singer AS T1
SELECT T1.Title FROM song AS T1 WHERE T1.Title = 'value'
SELECT DISTINCT T1.Citizenship FROM singer AS T1
SELECT DISTINCT T1.Citizenship FROM singer AS T1
SELECT count(*) FROM Properties AS T1
SELECT DISTINCT T1.feature_type_name FROM Ref_Feature_Types AS T1
SELECT DISTINCT T1.property_type_description FROM Ref_Property_Types AS T1
SELECT T1.room_count FROM Properties AS T1 GROUP BY T1.room_count ORDER BY count(*) DESC LIMIT 1

SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Country FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Country FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT avg(T1.Age) FROM singer AS T1
SELECT avg(T1.Age) FROM singer AS T1
SELECT concert.Year FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Country FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Country FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Song_Name FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Location FROM stadium AS T1 ORDER BY T1.Capacity DESC LIMIT 1
SELECT T1.Location FROM stadium AS T1 ORDER BY T1.Capacity DESC
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
SELECT stadium.Name FROM concert AS T1 ORDER BY stadium.Name DESC LIMIT 1
SELECT count(*) FROM concert AS T1
SELECT T1.Theme FROM concert AS T1 GROUP BY T1.Theme ORDER BY count(*) DESC LIMIT 1
SELECT singer.Name FROM concert AS T1 ORDER BY singer.Name DESC LIMIT 1
SELECT count(*) FROM concert AS T1
SELECT singer.Name FROM concert AS T1 ORDER BY singer.Name DESC LIMIT 1
SELECT singer.Name FROM concert AS T1 ORDER BY singer.Name DESC
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Name
SELECT T1.Country FROM singer AS T1 WHERE T1.Name = 'Hey'
SELECT T1.Name FROM stadium AS T1 ORDER BY T1.Location DESC LIMIT 1
SELECT T1.Name FROM stadium AS T1 ORDER BY T1.Location DESC LIMIT 1
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
SELECT T1.Fname FROM Student AS T1 WHERE T1.Fname = 'value'
SELECT T1.Fname FROM Student AS T1 WHERE T1.Fname = 'value'
SELECT T1.Fname FROM Student AS T1 WHERE T1.Fname = 'value'
SELECT T1.Fname FROM Student AS T1 WHERE T1.Fname = 'value'
SELECT T1.Major FROM Student AS T1 WHERE T1.Major = 'value'
SELECT T1.Major FROM Student AS T1 ORDER BY T1.Major DESC LIMIT 1
SELECT Student.StuID FROM Has_Pet AS T1 WHERE T1.StuID = 'value'
SELECT T1.StuID FROM Student AS T1 WHERE Has_Pet.StuID = 'value'
SELECT T1.Fname FROM Student AS T1 WHERE T1.Age = 'value'
SELECT T1.Fname FROM Student AS T1 WHERE T1.Fname = 'value'
SELECT T1.PetType FROM Pets AS T1 ORDER BY T1.weight DESC LIMIT 1
SELECT T1.PetType FROM Pets AS T1 ORDER BY T1.PetType DESC LIMIT 1
SELECT T1.PetID FROM Pets AS T1 WHERE T1.weight > 1
SELECT T1.PetID FROM Pets AS T1 ORDER BY T1.weight DESC LIMIT 1
SELECT avg(Student.Age) FROM Pets AS T1
SELECT avg(Student.Age) FROM Pets AS T1
SELECT avg(T1.weight) FROM Pets AS T1
SELECT avg(T1.weight) FROM Pets AS T1
SELECT T1.Fname FROM Student AS T1 WHERE T1.Age = 'value'
SELECT T1.Fname FROM Student AS T1 WHERE T1.Fname = 'value'
SELECT Student.LName FROM Pets AS T1 WHERE Student.LName = 'Smith'
SELECT Has_Pet.PetID FROM Pets AS T1 WHERE Has_Pet.PetID = 'value'
SELECT count(*) FROM Student AS T1
SELECT count(*) FROM Student AS T1
SELECT T1.Fname FROM Student AS T1 ORDER BY T1.Fname DESC LIMIT 1
SELECT T1.Fname FROM Student AS T1 ORDER BY T1.Fname DESC LIMIT 1
SELECT T1.LName FROM Student AS T1 WHERE T1.LName = 3
SELECT T1.LName FROM Student AS T1 WHERE T1.LName = 3
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
SELECT T1.Horsepower FROM cars_data AS T1 ORDER BY T1.Horsepower DESC LIMIT 1
SELECT T1.Horsepower FROM cars_data AS T1 ORDER BY T1.Horsepower DESC LIMIT 1
SELECT avg(T1.Weight) FROM cars_data AS T1
SELECT avg(T1.Weight) FROM cars_data AS T1
SELECT T1.Maker FROM car_makers AS T1 WHERE T1.Maker = 1970
SELECT T1.Maker FROM car_makers AS T1 WHERE T1.Maker = 1970
SELECT T1.Make FROM car_names AS T1 ORDER BY T1.Make
SELECT cars_data.Year FROM car_makers AS T1 WHERE cars_data.Year = 'value'
SELECT T1.Model FROM car_names AS T1 WHERE T1.Model = 1980
SELECT T1.Model FROM car_names AS T1 WHERE T1.Model = 1980
SELECT count(*) FROM car_makers AS T1
SELECT count(*) FROM continents AS T1
SELECT T1.CountryName FROM countries AS T1 GROUP BY T1.CountryName ORDER BY count(*) DESC LIMIT 1
SELECT T1.Country FROM car_makers AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM car_makers AS T1
SELECT count(*) FROM car_makers AS T1
SELECT T1.Make FROM car_names AS T1 WHERE T1.Make = 'value'
SELECT T1.Make FROM car_names AS T1 GROUP BY T1.Make ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM car_makers AS T1
SELECT count(*) FROM car_makers AS T1
SELECT count(*) FROM car_names AS T1
SELECT count(*) FROM car_names AS T1
SELECT avg(T1.MPG) FROM cars_data AS T1
SELECT avg(T1.Cylinders) FROM cars_data AS T1
SELECT T1.Cylinders FROM cars_data AS T1 ORDER BY T1.Weight DESC LIMIT 1
SELECT avg(T1.Weight) FROM cars_data AS T1
SELECT T1.Maker FROM car_makers AS T1 WHERE T1.Maker = 'value'
SELECT T1.Maker FROM car_makers AS T1 WHERE T1.Maker = 'value'
SELECT countries.CountryName FROM car_makers AS T1 JOIN car_makers AS T2 GROUP BY countries.CountryName ORDER BY count(*) DESC LIMIT 1
SELECT T1.Country FROM car_makers AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM cars_data AS T1
SELECT count(*) FROM cars_data AS T1
SELECT avg(T1.Weight) FROM cars_data AS T1
SELECT avg(T1.Weight) FROM cars_data AS T1
SELECT count(*) FROM countries AS T1
SELECT T1.CountryName FROM countries AS T1 GROUP BY T1.CountryName ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.Cylinders) FROM cars_data AS T1
SELECT T1.Cylinders FROM cars_data AS T1 GROUP BY T1.Cylinders ORDER BY count(*) DESC LIMIT 1
SELECT model_list.Model FROM car_names AS T1 JOIN car_names AS T2 GROUP BY model_list.Model ORDER BY count(*) DESC LIMIT 1
SELECT T1.MPG FROM cars_data AS T1 ORDER BY T1.MPG DESC LIMIT 1
SELECT avg(T1.Horsepower) FROM cars_data AS T1
SELECT avg(T1.Horsepower) FROM cars_data AS T1
SELECT avg(T1.Model) FROM car_names AS T1
SELECT count(*) FROM countries AS T1
SELECT T1.Cylinders FROM cars_data AS T1 GROUP BY T1.Cylinders ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.Cylinders) FROM cars_data AS T1
SELECT T1.Make FROM car_names AS T1 GROUP BY T1.Make ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM car_names AS T1 WHERE T1.Model = 'value'
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
SELECT T1.Year FROM cars_data AS T1 ORDER BY T1.Year DESC LIMIT 1
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
SELECT T1.Cylinders FROM cars_data AS T1 ORDER BY T1.Cylinders DESC LIMIT 1
SELECT avg(T1.MPG) FROM cars_data AS T1
SELECT T1.Model FROM car_names AS T1 WHERE T1.Model = 'Ford Motor Company'
SELECT T1.Model FROM car_names AS T1 WHERE T1.Model = 'Ford Motor Company'
SELECT countries.CountryName FROM car_makers AS T1 WHERE T1.Country = 'value'
SELECT countries.CountryName FROM car_makers AS T1 WHERE countries.CountryName = 'value'
SELECT T1.Maker FROM car_makers AS T1 GROUP BY T1.Maker ORDER BY count(*) DESC LIMIT 1
SELECT T1.Maker FROM car_makers AS T1 GROUP BY T1.Maker ORDER BY count(*) DESC LIMIT 1
SELECT T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T2.Country = T1.CountryId GROUP BY T1.CountryName ORDER BY count(*) DESC LIMIT 1
SELECT countries.CountryName FROM car_makers AS T1 GROUP BY countries.CountryName ORDER BY count(*) DESC LIMIT 1
SELECT T1.Country FROM airlines AS T1 WHERE airports.Country = 'JetBlue Airways'
SELECT T1.Country FROM airports AS T1 WHERE airlines.Country = 'Jetblue Airways'
SELECT T1.Abbreviation FROM airlines AS T1 WHERE T1.Abbreviation = 'JetBlue Airways'
SELECT T1.Abbreviation FROM airlines AS T1 WHERE T1.Abbreviation = 'Jetblue Airways'
SELECT T1.Airline FROM airlines AS T1 WHERE T1.Airline = 'USA'
SELECT T1.Airline FROM airlines AS T1 WHERE T1.Abbreviation = 'USA'
SELECT T1.City FROM airports AS T1 WHERE T1.AirportCode = 'Anthony'
SELECT T1.City FROM airports AS T1 WHERE T1.City = 'Anthony'
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airports AS T1
SELECT count(*) FROM airports AS T1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT T1.Abbreviation FROM airlines AS T1 WHERE T1.Abbreviation = 'UAL'
SELECT T1.Abbreviation FROM airlines AS T1 WHERE T1.Airline = 'UAL'
SELECT count(*) FROM airlines AS T1
SELECT count(*) FROM airlines AS T1
SELECT T1.City FROM airports AS T1 WHERE T1.City = 'Alton'
SELECT T1.City FROM airports AS T1 WHERE T1.City = 'Alton'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportName = 'AKO'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportName = 'AKO'
SELECT T1.City FROM airports AS T1 WHERE T1.City = 'Aberdeen'
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
SELECT T1.AirportCode FROM airports AS T1 JOIN airports AS T2 GROUP BY T1.AirportCode ORDER BY count(*) DESC LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 ORDER BY T1.AirportCode DESC LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 JOIN airports AS T2 GROUP BY T1.AirportCode ORDER BY count(*) DESC LIMIT 1
SELECT airports.AirportCode FROM flights AS T1 JOIN flights AS T2 GROUP BY airports.AirportCode ORDER BY count(*) DESC LIMIT 1
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 GROUP BY T1.Airline ORDER BY count(*) DESC LIMIT 1
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 GROUP BY T1.Airline ORDER BY count(*) DESC LIMIT 1
SELECT T1.Abbreviation FROM airlines AS T1 GROUP BY T1.Abbreviation ORDER BY count(*) DESC LIMIT 1
SELECT airlines.Abbreviation FROM flights AS T1 GROUP BY airlines.Abbreviation ORDER BY count(*) DESC LIMIT 1
SELECT T1.Airline FROM flights AS T1 WHERE T1.Airline = 'value'
SELECT T1.SourceAirport FROM flights AS T1 WHERE T1.SourceAirport = 'AHD'
SELECT airlines.Airline FROM flights AS T1 WHERE airlines.Airline = 'AHD'
SELECT T1.DestAirport FROM flights AS T1 WHERE T1.Airline = 'value'
SELECT flights.Airline FROM airlines AS T1 WHERE flights.Airline = 'value'
SELECT T1.Airline FROM airlines AS T1 WHERE T1.Airline = 'APG'
SELECT T1.Airline FROM airlines AS T1 WHERE T1.Airline = 'CVO'
SELECT T1.Airline FROM airlines AS T1 WHERE T1.Airline = 'CVO'
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 GROUP BY T1.Airline HAVING count(*) >= 10
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 GROUP BY T1.Airline ORDER BY count(*) DESC LIMIT 1
SELECT T2.Airline FROM airlines AS T1 JOIN flights AS T2 GROUP BY T2.Airline ORDER BY count(*) DESC LIMIT 1
SELECT T1.Airline FROM airlines AS T1 ORDER BY T1.Airline DESC LIMIT 1
SELECT T1.Airline FROM airlines AS T1 WHERE flights.Airline = 'value'
SELECT T1.FlightNo FROM flights AS T1 WHERE T1.FlightNo = 'value'
SELECT T1.FlightNo FROM flights AS T1 WHERE T1.FlightNo = 'value'
SELECT T1.FlightNo FROM flights AS T1 ORDER BY T1.FlightNo DESC LIMIT 1
SELECT T1.FlightNo FROM flights AS T1 WHERE T1.FlightNo = 'value'
SELECT T1.FlightNo FROM flights AS T1 ORDER BY T1.FlightNo DESC
SELECT T1.FlightNo FROM flights AS T1 WHERE T1.FlightNo = 'value'
SELECT T1.FlightNo FROM flights AS T1 ORDER BY T1.FlightNo DESC LIMIT 1
SELECT T1.FlightNo FROM flights AS T1 WHERE airports.City = 'Aberdeen'
SELECT T1.FlightNo FROM flights AS T1 ORDER BY T1.FlightNo DESC LIMIT 1
SELECT count(*) FROM flights AS T1
SELECT count(*) FROM flights AS T1
SELECT airports.AirportName FROM flights AS T1 WHERE airports.AirportName = 'value'
SELECT T1.AirportName FROM airports AS T1 WHERE T1.AirportName = 'value'
SELECT count(*) FROM employee AS T1
SELECT count(*) FROM employee AS T1
SELECT T1.Name FROM employee AS T1 WHERE T1.Age > 'value'
SELECT T1.Name FROM employee AS T1 WHERE T1.Age = 'value'
SELECT count(*) FROM employee AS T1
SELECT count(*) FROM employee AS T1
SELECT T1.City FROM employee AS T1 GROUP BY T1.Age ORDER BY count(*) DESC LIMIT 1
SELECT T1.City FROM employee AS T1 GROUP BY T1.Age ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM shop AS T1
SELECT count(*) FROM shop AS T1
SELECT T1.Manager_name FROM shop AS T1 GROUP BY T1.District ORDER BY count(*) DESC LIMIT 1
SELECT T1.District FROM shop AS T1 GROUP BY T1.District ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM shop AS T1
SELECT count(*) FROM shop AS T1
SELECT T1.District FROM shop AS T1 GROUP BY T1.District ORDER BY count(*) DESC LIMIT 1
SELECT T1.District FROM shop AS T1 WHERE T1.District = 'value'
SELECT avg(T1.Number_products) FROM shop AS T1
SELECT avg(T1.Number_products) FROM shop AS T1
SELECT T1.Year_awarded FROM evaluation AS T1 GROUP BY T1.Year_awarded ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 ORDER BY evaluation.Bonus DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 ORDER BY evaluation.Bonus DESC LIMIT 1
SELECT employee.Name FROM evaluation AS T1 WHERE employee.Name = 'value'
SELECT employee.Name FROM evaluation AS T1 WHERE employee.Name = 'value'
SELECT T1.Name FROM shop AS T1 JOIN employee AS T2 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM shop AS T1 JOIN employee AS T2 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM shop AS T1 WHERE T1.Name = 'value'
SELECT T1.Name FROM shop AS T1 WHERE T1.Name = 'value'
SELECT count(*) FROM shop AS T1
SELECT count(*) FROM shop AS T1
SELECT avg(T1.Bonus) FROM evaluation AS T1
SELECT count(DISTINCT T1.Bonus) FROM evaluation AS T1
SELECT * FROM hiring AS T1 WHERE * = 'value'
SELECT * FROM hiring AS T1 WHERE * = 'value'
SELECT T1.District FROM shop AS T1 ORDER BY T1.District DESC LIMIT 1
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
SELECT T1.Template_ID FROM Documents AS T1 WHERE T1.Template_ID = 'value'
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
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE Ref_Template_Types.Template_Type_Code = 'value'
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE Ref_Template_Types.Template_Type_Code = 'value'
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Template_Type_Code = 'PP'
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Version_Number = 'value'
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT T1.Version_Number FROM Templates AS T1 GROUP BY Ref_Template_Types.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 ORDER BY T1.Version_Number DESC LIMIT 1
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 GROUP BY T1.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 ORDER BY T1.Version_Number DESC LIMIT 1
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 ORDER BY T1.Version_Number DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Template_Type_Code = 'Data base'
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Template_Type_Code = 'Data'
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE T1.Template_Type_Code = 'BK'
SELECT T1.Document_Name FROM Documents AS T1 WHERE T1.Document_Name = 'BK'
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT count(*) FROM Templates AS T1
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 GROUP BY Ref_Template_Types.Template_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_Type_Code FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'value'
SELECT Ref_Template_Types.Template_Type_Code FROM Templates AS T1 WHERE Ref_Template_Types.Template_Type_Description = 'value'
SELECT T1.Template_Type_Code FROM Templates AS T1 WHERE Ref_Template_Types.Template_Type_Code = 'value'
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'value'
SELECT T1.Template_Type_Code FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Code = 'AD'
SELECT T1.Template_Type_Code FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Code = 'AD'
SELECT Templates.Template_Type_Code FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Code = 'Book'
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'Book'
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Code = 'value'
SELECT T1.Document_Description FROM Documents AS T1 WHERE T1.Document_Description = 'value'
SELECT T1.Template_Type_Description FROM Ref_Template_Types AS T1 WHERE T1.Template_Type_Description = 'Presentation'
SELECT T1.Document_Description FROM Documents AS T1 WHERE T1.Document_Description = 'Presentation'
SELECT count(*) FROM Paragraphs AS T1
SELECT count(*) FROM Paragraphs AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Paragraphs AS T1
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Korea '
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Korea '
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Welcome to NY'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Welcome to NY'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Customer reviews'
SELECT T1.Paragraph_Text FROM Paragraphs AS T1 WHERE T1.Paragraph_Text = 'Customer reviews'
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT count(*) FROM Documents AS T1
SELECT T1.Document_Name FROM Documents AS T1 GROUP BY T1.Document_Name ORDER BY count(*) DESC LIMIT 1
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
SELECT T1.Name FROM teacher AS T1 WHERE T1.Age > 'value'
SELECT T1.Name FROM teacher AS T1 WHERE T1.Age = 'value'
SELECT T1.Hometown FROM teacher AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 WHERE T1.Age > 'value'
SELECT T1.Hometown FROM teacher AS T1 WHERE T1.Hometown = 'Little Lever Urban District'
SELECT T1.Hometown FROM teacher AS T1 WHERE T1.Hometown = 'Little Lever Urban District'
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 32
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 32
SELECT T1.Age FROM teacher AS T1 WHERE T1.Hometown > 'value'
SELECT T1.Age FROM teacher AS T1 ORDER BY T1.Age DESC LIMIT 1
SELECT count(*) FROM teacher AS T1
SELECT count(*) FROM teacher AS T1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Hometown FROM teacher AS T1 GROUP BY T1.Hometown ORDER BY count(*) DESC LIMIT 1
SELECT T1.Teacher_ID FROM teacher AS T1 JOIN course_arrange AS T2 ON T2.Teacher_ID = T1.Teacher_ID GROUP BY T1.Teacher_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 'value'
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 'value'
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 'value'
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 'value'
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 'value'
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 'value'
SELECT count(*) FROM teacher AS T1
SELECT count(*) FROM teacher AS T1
SELECT T1.Name FROM teacher AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM teacher AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 'value'
SELECT T1.Name FROM teacher AS T1 WHERE T1.Name = 'value'
SELECT count(*) FROM visit AS T1
SELECT visitor.Name FROM visit AS T1 ORDER BY visitor.Level_of_membership DESC LIMIT 1
SELECT avg(T1.Age) FROM visitor AS T1
SELECT visitor.Name FROM visit AS T1 ORDER BY visitor.Level_of_membership DESC LIMIT 1
SELECT T1.Num_of_Staff FROM museum AS T1 GROUP BY T1.Num_of_Staff ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.Open_Year) FROM museum AS T1
SELECT T1.Open_Year FROM museum AS T1 GROUP BY T1.Open_Year ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM museum AS T1 ORDER BY T1.Num_of_Staff DESC LIMIT 1
SELECT T1.Name FROM museum AS T1 ORDER BY visitor.Age DESC LIMIT 1
SELECT visitor.Level_of_membership FROM museum AS T1 ORDER BY visit.Total_spent DESC LIMIT 1
SELECT T1.Museum_ID FROM museum AS T1 GROUP BY T1.Museum_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM museum AS T1 WHERE T1.Name = 'value'
SELECT count(*) FROM visit AS T1 WHERE visitor.Age = 'value'
SELECT avg(T1.Num_of_Ticket) FROM visit AS T1
SELECT count(T1.Total_spent) FROM visit AS T1
SELECT T1.Name FROM museum AS T1 WHERE T1.Name = 2009
SELECT count(*) FROM museum AS T1
SELECT count(*) FROM museum AS T1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT T1.first_name FROM players AS T1 WHERE T1.first_name = 'USA'
SELECT T1.birth_date FROM players AS T1 WHERE T1.birth_date = 'value'
SELECT avg(T1.winner_age) FROM matches AS T1
SELECT avg(T1.winner_age) FROM matches AS T1
SELECT avg(T1.winner_name) FROM matches AS T1
SELECT avg(T1.winner_rank) FROM matches AS T1
SELECT T1.loser_name FROM matches AS T1 ORDER BY T1.loser_name DESC LIMIT 1
SELECT T1.loser_name FROM matches AS T1 GROUP BY T1.loser_name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT T1.tourney_name FROM matches AS T1 GROUP BY T1.tourney_name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM matches AS T1
SELECT T1.winner_name FROM matches AS T1 WHERE T1.winner_name = 2013
SELECT T1.first_name FROM players AS T1 WHERE T1.first_name = 2013
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT T1.country_code FROM players AS T1 WHERE T1.first_name = 'WTA Championships'
SELECT T1.country_code FROM players AS T1 WHERE T1.first_name = 'WTA Championships'
SELECT T1.first_name FROM players AS T1 ORDER BY T1.country_code DESC LIMIT 1
SELECT T1.first_name FROM players AS T1 WHERE T1.country_code > 'value'
SELECT T1.last_name FROM players AS T1 WHERE T1.last_name = 'value'
SELECT T1.birth_date FROM players AS T1 WHERE T1.birth_date = 'value'
SELECT T1.last_name FROM players AS T1 WHERE T1.first_name = 'L'
SELECT T1.birth_date FROM players AS T1 ORDER BY T1.birth_date
SELECT T1.first_name FROM players AS T1 ORDER BY T1.country_code DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.year FROM matches AS T1 GROUP BY T1.year ORDER BY count(*) DESC LIMIT 1
SELECT T1.year FROM matches AS T1 GROUP BY T1.year ORDER BY count(*) DESC LIMIT 1
SELECT T1.winner_name FROM matches AS T1 GROUP BY T1.winner_rank_points ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name FROM players AS T1 JOIN matches AS T2 ON T2.winner_id = T1.player_id GROUP BY T1.first_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.winner_rank_points FROM matches AS T1 ORDER BY T1.winner_name DESC LIMIT 1
SELECT T1.winner_rank_points FROM matches AS T1 GROUP BY T1.winner_rank_points ORDER BY count(*) DESC LIMIT 1
SELECT T1.minutes FROM matches AS T1 ORDER BY T1.loser_name DESC LIMIT 1
SELECT T1.winner_name FROM matches AS T1 WHERE T1.loser_name > 'value'
SELECT avg(T1.ranking) FROM rankings AS T1
SELECT players.first_name FROM rankings AS T1 ORDER BY T1.ranking DESC LIMIT 1
SELECT T1.first_name FROM players AS T1 GROUP BY rankings.ranking_points ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name FROM players AS T1 ORDER BY rankings.ranking_points DESC LIMIT 1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM players AS T1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.country_code FROM players AS T1 GROUP BY T1.country_code ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM rankings AS T1
SELECT count(*) FROM rankings AS T1
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT T1.winner_age FROM matches AS T1 ORDER BY T1.winner_name DESC LIMIT 1
SELECT T1.winner_name FROM matches AS T1 ORDER BY T1.winner_name DESC LIMIT 1
SELECT count(*) FROM matches AS T1
SELECT count(*) FROM matches AS T1
SELECT T1.first_name FROM players AS T1 ORDER BY T1.country_code DESC LIMIT 1
SELECT T1.birth_date FROM players AS T1 ORDER BY T1.country_code DESC LIMIT 1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM players AS T1
SELECT count(*) FROM ship AS T1
SELECT T1.tonnage FROM ship AS T1 ORDER BY T1.tonnage
SELECT T1.date FROM battle AS T1 WHERE T1.date = 'value'
SELECT avg(T1.caused_by_ship_id) FROM death AS T1
SELECT avg(T1.caused_by_ship_id) FROM death AS T1
SELECT ship.tonnage FROM death AS T1 WHERE ship.tonnage = 't'
SELECT T1.bulgarian_commander FROM battle AS T1 WHERE T1.bulgarian_commander = 'Boril'
SELECT T1.name FROM battle AS T1 WHERE T1.name = 'Brig'
SELECT T1.name FROM battle AS T1 ORDER BY T1.name DESC LIMIT 1
SELECT T1.name FROM ship AS T1 ORDER BY T1.name DESC LIMIT 1
SELECT T1.bulgarian_commander FROM battle AS T1 WHERE T1.latin_commander = 'Kaloyan'
SELECT count(*) FROM battle AS T1
SELECT count(*) FROM ship AS T1
SELECT battle.name FROM ship AS T1 WHERE battle.name = 'Lettice'
SELECT T1.bulgarian_commander FROM battle AS T1 WHERE T1.bulgarian_commander = 'English Channel'
SELECT T1.note FROM death AS T1 WHERE T1.note = 'East'
SELECT T1.line_1 FROM Addresses AS T1 WHERE T1.line_3 = 1
SELECT T1.line_2 FROM Addresses AS T1 WHERE T1.other_address_details = 'value'
SELECT count(*) FROM Courses AS T1
SELECT count(*) FROM Courses AS T1
SELECT T1.course_name FROM Courses AS T1 WHERE T1.course_name = 'value'
SELECT T1.course_description FROM Courses AS T1 WHERE T1.course_description = 'value'
SELECT T1.zip_postcode FROM Addresses AS T1 WHERE T1.zip_postcode = 'Port Chelsea'
SELECT T1.zip_postcode FROM Addresses AS T1 WHERE T1.zip_postcode = 'Port Chelsea'
SELECT count(*) FROM Degree_Programs AS T1
SELECT T1.degree_summary_description FROM Degree_Programs AS T1 GROUP BY T1.degree_summary_description ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Degree_Programs AS T1
SELECT count(*) FROM Degree_Programs AS T1
SELECT count(*) FROM Degree_Programs AS T1
SELECT count(*) FROM Degree_Programs AS T1
SELECT count(*) FROM Degree_Programs AS T1
SELECT count(*) FROM Degree_Programs AS T1
SELECT T1.section_description FROM Sections AS T1 WHERE T1.section_description = 'value'
SELECT Degree_Programs.degree_summary_description FROM Sections AS T1 WHERE Degree_Programs.degree_summary_description = 'value'
SELECT T1.course_name FROM Courses AS T1 JOIN Sections AS T2 ON T2.course_id = T1.course_id GROUP BY T1.course_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.section_name FROM Sections AS T1 WHERE T1.section_name = 2
SELECT T1.section_name FROM Sections AS T1 WHERE T1.section_description = 'value'
SELECT T1.section_name FROM Sections AS T1 WHERE T1.section_name = 'value'
SELECT count(*) FROM Students AS T1
SELECT count(*) FROM Student_Enrolment AS T1 WHERE Students.date_first_registered = 1
SELECT T1.department_description FROM Departments AS T1 WHERE T1.department_description = 'value'
SELECT T1.department_name FROM Departments AS T1 WHERE T1.department_name = 1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 WHERE T1.degree_program_id = 2
SELECT T1.degree_summary_description FROM Degree_Programs AS T1 WHERE T1.degree_summary_description = 2
SELECT T1.degree_summary_description FROM Degree_Programs AS T1 WHERE T1.degree_summary_description = 'Bachelor'
SELECT T1.last_name FROM Students AS T1 WHERE T1.middle_name = 'Bachelors'
SELECT count(*) FROM Student_Enrolment AS T1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 GROUP BY T1.degree_summary_name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Student_Enrolment AS T1
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 GROUP BY T1.degree_summary_name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Student_Enrolment AS T1
SELECT T1.middle_name FROM Students AS T1 GROUP BY T1.middle_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.semester_name FROM Semesters AS T1 WHERE T1.semester_description = 'value'
SELECT Semesters.semester_name FROM Student_Enrolment AS T1 WHERE Semesters.semester_description = 'value'
SELECT T1.course_name FROM Courses AS T1 WHERE T1.course_name = 'value'
SELECT T1.course_name FROM Courses AS T1 WHERE T1.course_name = 'value'
SELECT count(*) FROM Courses AS T1 WHERE T1.course_name = 'value'
SELECT count(*) FROM Students AS T1 WHERE T1.other_student_details = 'value'
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 WHERE T1.degree_summary_name = 'North Carolina'
SELECT T1.degree_summary_name FROM Degree_Programs AS T1 WHERE T1.degree_summary_description = 'North Carolina'
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date DESC LIMIT 1
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date DESC LIMIT 1
SELECT T1.last_name FROM Students AS T1 WHERE T1.last_name = 'Timmothy'
SELECT T1.cell_mobile_number FROM Students AS T1 WHERE T1.cell_mobile_number = 'Timmothy Ward'
SELECT T1.last_name FROM Students AS T1 WHERE T1.other_student_details = 'value'
SELECT T1.middle_name FROM Students AS T1 WHERE T1.first_name = 'value'
SELECT T1.middle_name FROM Students AS T1 WHERE T1.middle_name = 'value'
SELECT T1.last_name FROM Students AS T1 WHERE T1.last_name = 'value'
SELECT T1.other_address_details FROM Addresses AS T1 WHERE T1.address_id = 'value'
SELECT T1.first_name FROM Students AS T1 WHERE T1.permanent_address_id = 1
SELECT count(*) FROM Addresses AS T1
SELECT T1.line_2 FROM Addresses AS T1 GROUP BY T1.line_2 ORDER BY count(*) DESC LIMIT 1
SELECT T1.transcript_date FROM Transcripts AS T1 GROUP BY T1.transcript_date ORDER BY count(*) DESC LIMIT 1
SELECT T1.transcript_date FROM Transcripts AS T1 GROUP BY T1.transcript_date ORDER BY count(*) DESC LIMIT 1
SELECT T1.transcript_date FROM Transcripts AS T1 WHERE T1.transcript_date = 'value'
SELECT T1.transcript_date FROM Transcripts AS T1 ORDER BY T1.transcript_date
SELECT count(*) FROM Transcripts AS T1
SELECT count(*) FROM Transcripts AS T1
SELECT T1.transcript_date FROM Transcripts AS T1 WHERE T1.transcript_date = 'value'
SELECT T1.transcript_date FROM Transcripts AS T1 WHERE T1.transcript_date = 'value'
SELECT count(*) FROM Transcripts AS T1
SELECT count(*) FROM Transcripts AS T1
SELECT T1.transcript_date FROM Transcripts AS T1 GROUP BY T1.transcript_date ORDER BY count(*) DESC LIMIT 1
SELECT T1.transcript_date FROM Transcripts AS T1 GROUP BY T1.transcript_date ORDER BY count(*) DESC LIMIT 1
SELECT Students.other_student_details FROM Student_Enrolment AS T1 WHERE Students.other_student_details = 'Master'
SELECT T1.semester_id FROM Semesters AS T1 WHERE T1.semester_name = 'Masters'
SELECT count(*) FROM Addresses AS T1
SELECT Addresses.other_address_details FROM Students AS T1 WHERE Addresses.other_address_details = 'value'
SELECT T1.other_student_details FROM Students AS T1 WHERE T1.other_student_details = 'value'
SELECT T1.other_student_details FROM Students AS T1 WHERE T1.other_student_details = 'value'
SELECT T1.section_description FROM Sections AS T1 WHERE T1.section_description = 'value'
SELECT T1.section_description FROM Sections AS T1 WHERE T1.section_name = 'value'
SELECT T1.first_name FROM Students AS T1 WHERE T1.first_name = 'Haiti'
SELECT Students.first_name FROM Student_Enrolment AS T1 WHERE Students.first_name = 'Haiti'
SELECT T1.Title FROM Cartoon AS T1 WHERE T1.Title = 'value'
SELECT T1.Title FROM Cartoon AS T1 WHERE T1.Title = 'value'
SELECT T1.Directed_by FROM Cartoon AS T1 WHERE T1.Directed_by = 'Ben Jones'
SELECT T1.Directed_by FROM Cartoon AS T1 WHERE T1.Directed_by = 'Ben Jones'
SELECT count(*) FROM Cartoon AS T1
SELECT count(*) FROM Cartoon AS T1
SELECT T1.Title FROM Cartoon AS T1 WHERE T1.Title = 'value'
SELECT TV_series.Air_Date FROM Cartoon AS T1 WHERE TV_series.Air_Date = 'value'
SELECT T1.Title FROM Cartoon AS T1 WHERE T1.Title = 'Ben Jones'
SELECT T1.Title FROM Cartoon AS T1 WHERE T1.Directed_by = 'Ben Jones'
SELECT count(*) FROM TV_Channel AS T1
SELECT count(DISTINCT T1.Country) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT T1.Content FROM TV_Channel AS T1 WHERE T1.Content = 'Sky Radio'
SELECT T1.Content FROM TV_Channel AS T1 WHERE T1.Content = 'Sky Radio'
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE T1.Package_Option = 'Sky Radio'
SELECT T1.series_name FROM TV_Channel AS T1 WHERE T1.series_name = 'Package Options'
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT count(*) FROM TV_Channel AS T1
SELECT T1.Channel FROM Cartoon AS T1 ORDER BY T1.Channel
SELECT T1.Channel FROM Cartoon AS T1 ORDER BY T1.Channel DESC LIMIT 1
SELECT T1.Title FROM Cartoon AS T1 WHERE T1.Title = 'Sky Radio'
SELECT T1.series_name FROM TV_Channel AS T1 WHERE T1.series_name = 'Sky Radio'
SELECT T1.Rating FROM TV_series AS T1 WHERE T1.Episode = 'Episode'
SELECT T1.Rating FROM TV_series AS T1 WHERE T1.Rating = 'value'
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Rating DESC LIMIT 3
SELECT T1.Episode FROM TV_series AS T1 GROUP BY T1.Episode ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.Share) FROM TV_series AS T1
SELECT avg(T1.Share) FROM TV_series AS T1
SELECT T1.Episode FROM TV_series AS T1 WHERE T1.Episode = 'A Love of a Lifetime'
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Episode
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Weekly_Rank DESC LIMIT 1
SELECT T1.Episode FROM TV_series AS T1 ORDER BY T1.Weekly_Rank DESC
SELECT T1.series_name FROM TV_Channel AS T1 WHERE T1.series_name = 'A Love of a Lifetime'
SELECT T1.Episode FROM TV_series AS T1 WHERE T1.Episode = 'A Love of a Lifetime'
SELECT T1.Episode FROM TV_series AS T1 WHERE T1.Episode = 'Sky Radio'
SELECT T1.Episode FROM TV_series AS T1 WHERE T1.Episode = 'Sky Radio'
SELECT count(*) FROM Cartoon AS T1
SELECT count(*) FROM Cartoon AS T1
SELECT T1.Production_code FROM Cartoon AS T1 GROUP BY T1.Channel ORDER BY count(*) DESC LIMIT 1
SELECT T1.Channel FROM Cartoon AS T1 ORDER BY T1.Channel DESC LIMIT 1
SELECT T1.series_name FROM TV_Channel AS T1 WHERE T1.series_name = 'TV'
SELECT T1.Hight_definition_TV FROM TV_Channel AS T1 WHERE T1.Hight_definition_TV = 'TV Channel'
SELECT TV_Channel.Country FROM Cartoon AS T1 WHERE TV_Channel.Country = 'Todd Casey'
SELECT T1.Country FROM TV_Channel AS T1 WHERE Cartoon.Written_by = 'TV'
SELECT T1.Country FROM TV_Channel AS T1 WHERE T1.Country = 'Todd Casey'
SELECT T1.Country FROM TV_Channel AS T1 WHERE Cartoon.Written_by = 'Todd Casey'
SELECT T1.Country FROM TV_Channel AS T1 WHERE T1.series_name = 'Ben Jones'
SELECT T1.Country FROM TV_Channel AS T1 WHERE T1.Country = 'TV'
SELECT T1.Pixel_aspect_ratio_PAR FROM TV_Channel AS T1 WHERE T1.Pixel_aspect_ratio_PAR = 'English'
SELECT T1.Pixel_aspect_ratio_PAR FROM TV_Channel AS T1 WHERE T1.Pixel_aspect_ratio_PAR = 'TV'
SELECT T1.Country FROM TV_Channel AS T1 GROUP BY T1.Country ORDER BY count(*) DESC LIMIT 1
SELECT T2.Channel FROM TV_Channel AS T1 JOIN Cartoon AS T2 ON T2.Channel = T1.id GROUP BY T2.Channel ORDER BY count(*) DESC LIMIT 1
SELECT T1.Channel FROM Cartoon AS T1 WHERE T1.Channel = 'Ben Jones'
SELECT T1.Channel FROM Cartoon AS T1 WHERE T1.Channel = 'TV'
SELECT TV_Channel.Package_Option FROM Cartoon AS T1 WHERE TV_Channel.Package_Option = 'Ben Jones'
SELECT T1.Package_Option FROM TV_Channel AS T1 WHERE T1.Package_Option = 'Ben Jones'
SELECT count(*) FROM poker_player AS T1
SELECT count(*) FROM poker_player AS T1
SELECT T1.Earnings FROM poker_player AS T1 WHERE T1.Earnings > 'value'
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
SELECT T1.Final_Table_Made FROM poker_player AS T1 WHERE T1.Final_Table_Made = 'value'
SELECT T1.Final_Table_Made FROM poker_player AS T1 GROUP BY T1.Final_Table_Made ORDER BY count(*) DESC LIMIT 1
SELECT people.Birth_Date FROM poker_player AS T1 ORDER BY T1.Earnings DESC LIMIT 1
SELECT T1.Earnings FROM poker_player AS T1 ORDER BY T1.Earnings DESC LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 ORDER BY T1.Money_Rank DESC LIMIT 1
SELECT people.Height FROM poker_player AS T1 ORDER BY T1.Money_Rank DESC LIMIT 1
SELECT avg(T1.Earnings) FROM poker_player AS T1
SELECT avg(T1.Earnings) FROM poker_player AS T1
SELECT T1.Earnings FROM poker_player AS T1 WHERE T1.Earnings > 'value'
SELECT T1.Earnings FROM poker_player AS T1 WHERE T1.Earnings > 'value'
SELECT count(*) FROM people AS T1
SELECT count(*) FROM people AS T1
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality ORDER BY count(*) DESC LIMIT 1
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality ORDER BY count(*) DESC LIMIT 1
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality ORDER BY count(*) DESC LIMIT 1
SELECT T1.Nationality FROM people AS T1 GROUP BY T1.Nationality ORDER BY count(*) DESC LIMIT 1
SELECT T1.Birth_Date FROM people AS T1 WHERE T1.Birth_Date = 'value'
SELECT T1.Birth_Date FROM people AS T1 WHERE T1.Birth_Date = 'value'
SELECT T1.Nationality FROM people AS T1 WHERE T1.Nationality = 'Russia'
SELECT T1.Name FROM people AS T1 WHERE T1.Name = 'Russia'
SELECT T1.People_ID FROM poker_player AS T1 WHERE T1.People_ID = 'value'
SELECT T1.Name FROM people AS T1 WHERE T1.Name = 'value'
SELECT count(*) FROM people AS T1
SELECT count(*) FROM people AS T1
SELECT count(*) FROM AREA_CODE_STATE AS T1
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name = 'value'
SELECT T1.phone_number FROM VOTES AS T1 WHERE T1.phone_number = 'value'
SELECT avg(T1.area_code) FROM AREA_CODE_STATE AS T1
SELECT T1.state FROM VOTES AS T1 WHERE T1.created > 'value'
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name = 'Jessie Alloway'
SELECT AREA_CODE_STATE.state FROM VOTES AS T1 WHERE T1.state > 'value'
SELECT T1.contestant_name FROM CONTESTANTS AS T1 GROUP BY T1.contestant_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.contestant_number FROM CONTESTANTS AS T1 ORDER BY T1.contestant_name DESC LIMIT 1
SELECT count(*) FROM VOTES AS T1
SELECT count(*) FROM CONTESTANTS AS T1
SELECT T1.area_code FROM AREA_CODE_STATE AS T1 GROUP BY T1.area_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name = 'Tabatha Gehling'
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name = 'Tabatha Gehling'
SELECT T1.contestant_name FROM CONTESTANTS AS T1 WHERE T1.contestant_name = 'Al'
SELECT T1.Name FROM country AS T1 WHERE T1.Name = 1950
SELECT T1.Name FROM city AS T1 WHERE T1.Name = 1950
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT avg(T1.SurfaceArea) FROM country AS T1
SELECT T1.Continent FROM country AS T1 WHERE T1.Continent = 'Anguilla'
SELECT T1.Continent FROM country AS T1 WHERE T1.Name = 'Anguilla'
SELECT country.Region FROM city AS T1 WHERE country.Region = 'Kabul'
SELECT T1.Region FROM country AS T1 WHERE T1.Region = 'Kabul'
SELECT T1.Language FROM countrylanguage AS T1 GROUP BY T1.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Language FROM countrylanguage AS T1 WHERE T1.Language = 'Aruba'
SELECT T1.Population FROM country AS T1 ORDER BY T1.LifeExpectancy
SELECT T1.Population FROM country AS T1 ORDER BY T1.LifeExpectancy
SELECT T1.Region FROM country AS T1 ORDER BY T1.Population DESC
SELECT T1.Region FROM country AS T1 ORDER BY T1.Population
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT T1.LifeExpectancy FROM country AS T1 ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT T1.Name FROM country AS T1 ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT count(DISTINCT T1.Population) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM city AS T1
SELECT count(*) FROM country AS T1 WHERE T1.Population = 'value'
SELECT avg(T1.Population) FROM country AS T1
SELECT T1.Population FROM country AS T1 GROUP BY T1.Population ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM countrylanguage AS T1
SELECT count(*) FROM countrylanguage AS T1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM countrylanguage AS T1
SELECT count(*) FROM countrylanguage AS T1
SELECT count(*) FROM countrylanguage AS T1
SELECT count(*) FROM countrylanguage AS T1
SELECT T1.Name FROM country AS T1 JOIN country AS T2 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Language FROM countrylanguage AS T1 GROUP BY T1.Language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Continent FROM country AS T1 GROUP BY T1.Continent ORDER BY count(*) DESC LIMIT 1
SELECT T1.Continent FROM country AS T1 GROUP BY T1.Continent ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT T1.Name FROM city AS T1 WHERE T1.Name = 'English'
SELECT T1.Name FROM country AS T1 WHERE T1.Name = 'English'
SELECT T1.Language FROM countrylanguage AS T1 WHERE T1.Language = 'English'
SELECT T1.Name FROM country AS T1 WHERE T1.Name = 'English'
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT T1.Region FROM country AS T1 WHERE T1.Region = 'English'
SELECT T1.Region FROM country AS T1 WHERE T1.Region = 'Dutch'
SELECT countrylanguage.Language FROM country AS T1 WHERE countrylanguage.Language = 'English'
SELECT countrylanguage.Language FROM country AS T1 WHERE countrylanguage.Language = 'English'
SELECT countrylanguage.Language FROM country AS T1 GROUP BY countrylanguage.Language ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM countrylanguage AS T1 WHERE T1.Language = 'Asian'
SELECT T1.Language FROM countrylanguage AS T1 ORDER BY T1.Language
SELECT countrylanguage.Language FROM country AS T1 WHERE countrylanguage.Language = 'value'
SELECT T1.Population FROM city AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code GROUP BY T1.Name HAVING count(*) > 'value'
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Population FROM country AS T1 ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT T1.LifeExpectancy FROM country AS T1 ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT T1.HeadOfState FROM country AS T1 WHERE countrylanguage.Language = 'Beatrix'
SELECT T1.HeadOfState FROM country AS T1 WHERE T1.HeadOfState = 'Beatrix'
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT T1.SurfaceArea FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 1
SELECT T1.SurfaceArea FROM country AS T1 JOIN countrylanguage AS T2 ON T2.CountryCode = T1.Code GROUP BY T1.SurfaceArea ORDER BY count(*) DESC LIMIT 1
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT city.CountryCode FROM country AS T1 WHERE city.CountryCode = 'English'
SELECT city.CountryCode FROM country AS T1 WHERE city.CountryCode = 'English'
SELECT city.CountryCode FROM country AS T1 WHERE city.CountryCode = 'English'
SELECT city.CountryCode FROM country AS T1 WHERE city.CountryCode = 'English'
SELECT T1.GovernmentForm FROM country AS T1 WHERE T1.GovernmentForm = 'English'
SELECT T1.Code FROM country AS T1 WHERE T1.Code = 'English'
SELECT countrylanguage.Language FROM city AS T1 WHERE countrylanguage.Language = 'European'
SELECT T1.Name FROM city AS T1 WHERE T1.Name = 'Europe'
SELECT countrylanguage.Language FROM city AS T1 WHERE countrylanguage.Language = 'Asian'
SELECT T1.Name FROM city AS T1 WHERE T1.Name = 'Asia'
SELECT T1.SurfaceArea FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.SurfaceArea FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.HeadOfState FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT T1.Name FROM country AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1
SELECT avg(T1.District) FROM city AS T1
SELECT count(*) FROM city AS T1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT T1.Population FROM country AS T1 ORDER BY T1.LifeExpectancy DESC LIMIT 1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT avg(T1.LifeExpectancy) FROM country AS T1
SELECT T1.Name FROM country AS T1 ORDER BY T1.Name DESC LIMIT 5
SELECT T1.Name FROM country AS T1 ORDER BY T1.SurfaceArea DESC LIMIT 1
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population DESC LIMIT 3
SELECT T1.Name FROM country AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT city.Population FROM country AS T1 ORDER BY city.Population DESC LIMIT 1
SELECT T1.Name FROM country AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT T1.Population FROM country AS T1 ORDER BY T1.Continent DESC LIMIT 1
SELECT T1.Population FROM country AS T1 ORDER BY T1.Population DESC LIMIT 1
SELECT avg(T1.Population) FROM country AS T1
SELECT avg(T1.Population) FROM country AS T1
SELECT T1.Population FROM city AS T1 ORDER BY T1.Population
SELECT T1.Population FROM city AS T1 ORDER BY T1.Population
SELECT countrylanguage.Language FROM country AS T1 GROUP BY countrylanguage.Language ORDER BY count(*) DESC LIMIT 1
SELECT countrylanguage.Language FROM country AS T1 JOIN country AS T2 GROUP BY countrylanguage.Language ORDER BY count(*) DESC LIMIT 1
SELECT countrylanguage.Language FROM country AS T1 GROUP BY countrylanguage.Language ORDER BY count(*) DESC LIMIT 1
SELECT city.CountryCode FROM country AS T1 GROUP BY city.CountryCode ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1
SELECT count(*) FROM country AS T1
SELECT T1.Code FROM country AS T1 JOIN country AS T2 GROUP BY T1.Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Code FROM country AS T1 WHERE T1.Code = 'Spanish'
SELECT count(*) FROM conductor AS T1
SELECT count(*) FROM conductor AS T1
SELECT T1.Name FROM conductor AS T1 WHERE T1.Age > 'value'
SELECT T1.Name FROM conductor AS T1 WHERE T1.Name = 'value'
SELECT T1.Nationality FROM conductor AS T1 WHERE T1.Name = 'USA'
SELECT T1.Name FROM conductor AS T1 WHERE T1.Name = 'USA'
SELECT T1.Orchestra FROM orchestra AS T1 ORDER BY T1.Record_Company DESC LIMIT 1
SELECT T1.Orchestra FROM orchestra AS T1 WHERE T1.Year_of_Founded = 'value'
SELECT avg(T1.Attendance) FROM show AS T1
SELECT avg(T1.Attendance) FROM show AS T1
SELECT T1.Type FROM performance AS T1 GROUP BY T1.Type ORDER BY count(*) DESC LIMIT 1
SELECT T1.Type FROM performance AS T1 GROUP BY T1.Type ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM conductor AS T1
SELECT count(*) FROM conductor AS T1
SELECT T1.Year_of_Work FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC LIMIT 1
SELECT T1.Year_of_Work FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 ORDER BY T1.Year_of_Work DESC LIMIT 1
SELECT conductor.Name FROM orchestra AS T1 WHERE conductor.Name = 'value'
SELECT T1.Name FROM conductor AS T1 WHERE T1.Name = 'value'
SELECT T1.Name FROM conductor AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T2.Name FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T2.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 JOIN show AS T2 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T2.Conductor_ID = T1.Conductor_ID GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 WHERE T1.Name = 2008
SELECT orchestra.Year_of_Founded FROM conductor AS T1 WHERE orchestra.Year_of_Founded = 2008
SELECT count(*) FROM orchestra AS T1
SELECT count(*) FROM orchestra AS T1
SELECT T1.Major_Record_Format FROM orchestra AS T1 GROUP BY T1.Major_Record_Format ORDER BY count(*) DESC LIMIT 1
SELECT T1.Major_Record_Format FROM orchestra AS T1 ORDER BY T1.Major_Record_Format DESC LIMIT 1
SELECT T1.Record_Company FROM orchestra AS T1 GROUP BY T1.Record_Company ORDER BY count(*) DESC LIMIT 1
SELECT T1.Record_Company FROM orchestra AS T1 GROUP BY T1.Record_Company ORDER BY count(*) DESC LIMIT 1
SELECT T1.Orchestra FROM orchestra AS T1 WHERE T1.Orchestra = 'value'
SELECT T1.Orchestra FROM orchestra AS T1 WHERE T1.Orchestra = 'value'
SELECT T1.Record_Company FROM orchestra AS T1 WHERE T1.Year_of_Founded = 2003
SELECT T1.Record_Company FROM orchestra AS T1 WHERE T1.Year_of_Founded = 2003
SELECT count(*) FROM orchestra AS T1
SELECT count(*) FROM orchestra AS T1
SELECT T1.Orchestra FROM orchestra AS T1 GROUP BY T1.Year_of_Founded ORDER BY count(*) DESC LIMIT 1
SELECT T1.Orchestra FROM orchestra AS T1 ORDER BY T1.Year_of_Founded DESC LIMIT 1
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.grade = 'value'
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.grade = 'value'
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.grade = 'value'
SELECT T1.grade FROM Highschooler AS T1 ORDER BY T1.grade DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 ORDER BY T1.grade DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.grade = 'value'
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.grade = 10
SELECT T1.grade FROM Highschooler AS T1 WHERE T1.grade = 10
SELECT T1.ID FROM Highschooler AS T1 WHERE T1.ID = 'value'
SELECT T1.ID FROM Highschooler AS T1 WHERE Likes.liked_id = 'value'
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT count(*) FROM Highschooler AS T1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 GROUP BY T1.grade ORDER BY count(*) DESC LIMIT 1
SELECT T1.friend_id FROM Friend AS T1 JOIN Friend AS T2 GROUP BY T1.friend_id HAVING count(*) >= 'value'
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
SELECT T1.name FROM Highschooler AS T1 WHERE T1.name = 'value'
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
SELECT T1.name FROM Highschooler AS T1 JOIN Highschooler AS T2 GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1
SELECT T2.name FROM Likes AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID GROUP BY T2.name ORDER BY count(*) DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 ORDER BY T1.grade DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 ORDER BY T1.grade DESC LIMIT 1
SELECT count(*) FROM Likes AS T1
SELECT count(*) FROM Likes AS T1
SELECT avg(T1.grade) FROM Highschooler AS T1
SELECT avg(T1.grade) FROM Highschooler AS T1
SELECT T1.grade FROM Highschooler AS T1 ORDER BY T1.grade DESC LIMIT 1
SELECT T1.grade FROM Highschooler AS T1 ORDER BY T1.grade DESC LIMIT 1
SELECT T1.state FROM Owners AS T1 WHERE Professionals.state = 'value'
SELECT T1.state FROM Owners AS T1 WHERE Professionals.state = 'value'
SELECT avg(T1.age) FROM Dogs AS T1
SELECT avg(Dogs.age) FROM Charges AS T1
SELECT T1.date_of_treatment FROM Treatments AS T1 WHERE T1.date_of_treatment = 2
SELECT Owners.last_name FROM Dogs AS T1 WHERE Owners.last_name = 'Indiana'
SELECT T2.cost_of_treatment FROM Dogs AS T1 JOIN Treatments AS T2 ON T2.dog_id = T1.dog_id ORDER BY T2.cost_of_treatment LIMIT 1
SELECT T1.name FROM Dogs AS T1 JOIN Treatments AS T2 ON T2.dog_id = T1.dog_id GROUP BY T1.name HAVING count(*) >= 1000
SELECT T1.first_name FROM Professionals AS T1 WHERE Owners.first_name = 'value'
SELECT T1.first_name FROM Owners AS T1 WHERE Dogs.name = 'value'
SELECT T1.dog_id FROM Treatments AS T1 WHERE T1.dog_id = 'value'
SELECT T1.dog_id FROM Treatments AS T1 WHERE T1.professional_id = 'value'
SELECT T1.last_name FROM Owners AS T1 GROUP BY T1.last_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name FROM Owners AS T1 GROUP BY T1.first_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name FROM Professionals AS T1 JOIN Treatments AS T2 ON T2.professional_id = T1.professional_id GROUP BY T1.first_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name FROM Professionals AS T1 ORDER BY T1.first_name
SELECT count(*) FROM Breeds AS T1
SELECT T1.breed_name FROM Breeds AS T1 GROUP BY T1.breed_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.last_name FROM Owners AS T1 GROUP BY T1.last_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.last_name FROM Owners AS T1 GROUP BY T1.last_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.cost_of_treatment FROM Treatments AS T1 ORDER BY T1.cost_of_treatment DESC LIMIT 1
SELECT T1.treatment_type_code FROM Treatments AS T1 ORDER BY T1.cost_of_treatment DESC LIMIT 1
SELECT T1.zip_code FROM Owners AS T1 ORDER BY T1.zip_code DESC LIMIT 1
SELECT T1.zip_code FROM Owners AS T1 GROUP BY T1.zip_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.treatment_type_code FROM Treatments AS T1 WHERE T1.treatment_type_code = 2
SELECT Professionals.home_phone FROM Treatments AS T1 WHERE Professionals.cell_number = 2
SELECT T1.first_name FROM Professionals AS T1 ORDER BY T1.first_name DESC LIMIT 1
SELECT Treatments.cost_of_treatment FROM Professionals AS T1 ORDER BY Treatments.cost_of_treatment DESC LIMIT 1
SELECT T1.first_name FROM Professionals AS T1 WHERE T1.first_name = 'value'
SELECT Professionals.first_name FROM Treatments AS T1 WHERE Professionals.first_name = 'value'
SELECT T1.treatment_type_code FROM Treatments AS T1 WHERE T1.treatment_type_code = 'value'
SELECT T1.treatment_type_code FROM Treatments AS T1 WHERE T1.treatment_type_code = 'value'
SELECT T1.name FROM Dogs AS T1 ORDER BY T1.name
SELECT T1.name FROM Dogs AS T1 ORDER BY T1.name
SELECT T1.first_name FROM Owners AS T1 WHERE T1.first_name = 's first name and the dogs'
SELECT T1.first_name FROM Owners AS T1 WHERE T1.first_name = 's first name and their dogs'
SELECT T1.name FROM Dogs AS T1 WHERE T1.name = 'value'
SELECT T1.name FROM Dogs AS T1 WHERE T1.name = 'value'
SELECT T1.name FROM Dogs AS T1 WHERE T1.name = 's first name and the dog'
SELECT T1.first_name FROM Owners AS T1 WHERE T1.first_name = 'Virginia'
SELECT T1.date_departed FROM Dogs AS T1 WHERE T1.date_arrived = 'value'
SELECT T1.date_of_treatment FROM Treatments AS T1 WHERE T1.date_of_treatment = 'value'
SELECT T1.last_name FROM Owners AS T1 ORDER BY T1.last_name
SELECT Dogs.name FROM Charges AS T1 ORDER BY T1.charge_amount DESC LIMIT 1
SELECT Owners.state FROM Professionals AS T1 WHERE T1.state = 'Hawaii'
SELECT T1.state FROM Professionals AS T1 WHERE T1.email_address = 'Hawaii'
SELECT T1.date_arrived FROM Dogs AS T1 WHERE T1.date_adopted = 'value'
SELECT T1.date_of_birth FROM Dogs AS T1 WHERE T1.date_adopted = 'value'
SELECT count(*) FROM Dogs AS T1
SELECT count(*) FROM Dogs AS T1
SELECT count(*) FROM Treatments AS T1
SELECT count(*) FROM Dogs AS T1 WHERE Professionals.first_name = 'value'
SELECT Owners.city FROM Professionals AS T1 WHERE Owners.state = 'West'
SELECT Owners.street FROM Professionals AS T1 WHERE T1.city = 'West'
SELECT T1.first_name FROM Owners AS T1 WHERE T1.first_name = 'North'
SELECT T1.first_name FROM Owners AS T1 WHERE T1.last_name = 'North'
SELECT count(T1.age) FROM Dogs AS T1
SELECT count(*) FROM Dogs AS T1
SELECT T1.date_of_treatment FROM Treatments AS T1 GROUP BY T1.cost_of_treatment ORDER BY count(*) DESC LIMIT 1
SELECT Charges.charge_amount FROM Treatments AS T1 GROUP BY T1.cost_of_treatment ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Treatments AS T1
SELECT count(*) FROM Dogs AS T1
SELECT count(*) FROM Owners AS T1
SELECT count(*) FROM Owners AS T1
SELECT count(*) FROM Treatments AS T1
SELECT count(*) FROM Dogs AS T1
SELECT T1.name FROM Dogs AS T1 WHERE T1.name = 1
SELECT T1.name FROM Dogs AS T1 WHERE T1.name = 'Note'
SELECT avg(Dogs.age) FROM Charges AS T1
SELECT avg(Dogs.age) FROM Charges AS T1
SELECT Dogs.date_of_birth FROM Charges AS T1 ORDER BY Dogs.age DESC LIMIT 1
SELECT Dogs.date_of_birth FROM Charges AS T1 ORDER BY Dogs.age DESC LIMIT 1
SELECT T1.charge_amount FROM Charges AS T1 ORDER BY T1.charge_type DESC LIMIT 1
SELECT T1.charge_type FROM Charges AS T1 ORDER BY T1.charge_type DESC
SELECT T1.charge_amount FROM Charges AS T1 GROUP BY T1.charge_type ORDER BY count(*) DESC LIMIT 1
SELECT T1.charge_id FROM Charges AS T1 GROUP BY T1.charge_type ORDER BY count(*) DESC LIMIT 1
SELECT T1.home_phone FROM Professionals AS T1 WHERE Owners.home_phone = 'value'
SELECT T1.home_phone FROM Professionals AS T1 WHERE Owners.home_phone = 'value'
SELECT T1.breed_name FROM Breeds AS T1 ORDER BY T1.breed_name
SELECT Breeds.breed_name FROM Dogs AS T1 WHERE Breeds.breed_name = 'value'
SELECT T1.first_name FROM Professionals AS T1 WHERE T1.first_name = 'value'
SELECT Professionals.first_name FROM Treatments AS T1 WHERE Professionals.first_name = 'value'
SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions DESC LIMIT 1
SELECT T1.Citizenship FROM singer AS T1 WHERE T1.Citizenship = 'value'
SELECT T1.Citizenship FROM singer AS T1 WHERE T1.Citizenship = 'value'
SELECT T1.Citizenship FROM singer AS T1 WHERE T1.Citizenship = 'France'
SELECT T1.Name FROM singer AS T1 WHERE T1.Name = 'French'
SELECT T1.Birth_Year FROM singer AS T1 WHERE T1.Birth_Year = 1948
SELECT T1.Birth_Year FROM singer AS T1 WHERE T1.Birth_Year = 1948
SELECT T1.Name FROM singer AS T1 ORDER BY T1.Net_Worth_Millions DESC LIMIT 1
SELECT T1.Net_Worth_Millions FROM singer AS T1 GROUP BY T1.Net_Worth_Millions ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM singer AS T1
SELECT count(*) FROM singer AS T1
SELECT T1.Citizenship FROM singer AS T1 GROUP BY T1.Citizenship ORDER BY count(*) DESC LIMIT 1
SELECT T1.Citizenship FROM singer AS T1 GROUP BY T1.Citizenship ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.Net_Worth_Millions) FROM singer AS T1
SELECT avg(T1.Net_Worth_Millions) FROM singer AS T1
SELECT T1.Title FROM song AS T1 WHERE T1.Title = 'value'
SELECT singer.Name FROM song AS T1 WHERE singer.Name = 'value'
SELECT T1.Name FROM singer AS T1 ORDER BY song.Sales DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 ORDER BY song.Sales DESC LIMIT 1
SELECT T1.Name FROM singer AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM singer AS T1
SELECT song.Sales FROM singer AS T1 GROUP BY song.Sales ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT song.Sales) FROM singer AS T1
SELECT T1.Name FROM singer AS T1 WHERE T1.Name = 'value'
SELECT T1.Title FROM song AS T1 WHERE T1.Title = 'value'
SELECT T1.Citizenship FROM singer AS T1 WHERE T1.Citizenship = 1945
SELECT T1.Citizenship FROM singer AS T1 WHERE T1.Birth_Year = 1945
SELECT count(*) FROM Properties AS T1
SELECT T1.feature_type_name FROM Ref_Feature_Types AS T1 WHERE T1.feature_type_code = 'AirCon'
SELECT T1.property_type_description FROM Ref_Property_Types AS T1 WHERE T1.property_type_code = 'value'
SELECT T1.room_count FROM Properties AS T1 GROUP BY T1.room_count ORDER BY count(*) DESC LIMIT 1

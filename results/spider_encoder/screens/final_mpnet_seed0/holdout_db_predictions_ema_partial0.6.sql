SELECT count(*) FROM book AS T1
SELECT T1.Writer FROM book AS T1 ORDER BY T1.Writer
SELECT T1.Title FROM book AS T1 ORDER BY T1.Issues
SELECT T1.Title FROM book AS T1 WHERE T1.Writer != 'Elaine Lee'
SELECT T1.Title, T1.Issues FROM book AS T1
SELECT T1.Publication_Date FROM publication AS T1 ORDER BY T1.Price DESC
SELECT DISTINCT T1.Publisher FROM publication AS T1 WHERE T1.Price > 5000000
SELECT T1.Publisher FROM publication AS T1 ORDER BY T1.Price DESC LIMIT 1
SELECT T1.Publication_Date FROM publication AS T1 ORDER BY T1.Price LIMIT 1
SELECT T2.Title, T1.Publication_Date FROM publication AS T1 JOIN book AS T2 ON T1.Book_ID = T2.Book_ID
SELECT T2.Writer FROM publication AS T1 JOIN book AS T2 ON T1.Book_ID = T2.Book_ID WHERE T1.Price > 4000000
SELECT T2.Title FROM publication AS T1 JOIN book AS T2 ON T1.Book_ID = T2.Book_ID ORDER BY T1.Price DESC
SELECT T1.Publisher FROM publication AS T1 GROUP BY T1.Publisher HAVING count(*) > 1
SELECT T1.Publisher, count(*) FROM publication AS T1 GROUP BY T1.Publisher
SELECT T1.Publication_Date FROM publication AS T1 GROUP BY T1.Publication_Date ORDER BY count(*) DESC LIMIT 1
SELECT T1.Writer FROM book AS T1 GROUP BY T1.Writer HAVING count(*) > 1
SELECT T1.Title FROM book AS T1 WHERE T1.Book_ID NOT IN (SELECT T2.Book_ID FROM publication AS T2)
SELECT T1.Publisher FROM publication AS T1 WHERE T1.Price > 10000000 INTERSECT SELECT T2.Publisher FROM publication AS T2 WHERE T2.Price < 5000000
SELECT count(DISTINCT T1.Publication_Date) FROM publication AS T1
SELECT count(DISTINCT T1.Publication_Date) FROM publication AS T1
SELECT T1.Price FROM publication AS T1 WHERE T1.Publisher = 'Person' OR T1.Publisher = 'Wiley'
SELECT count(*) FROM enzyme AS T1
SELECT count(*) FROM enzyme AS T1
SELECT T1.name FROM enzyme AS T1 ORDER BY T1.name DESC
SELECT T1.name FROM enzyme AS T1 ORDER BY T1.name DESC
SELECT T1.name, T1.Location FROM enzyme AS T1 WHERE T1.Product = 'value'
SELECT T1.name, T1.Location FROM enzyme AS T1
SELECT max(T1.OMIM) FROM enzyme AS T1 WHERE T1.OMIM = 'value'
SELECT max(T1.OMIM) FROM enzyme AS T1
SELECT T1.Product, T1.Chromosome FROM enzyme AS T1
SELECT T1.Product, T1.Chromosome, T1.Porphyria FROM enzyme AS T1
SELECT T1.name FROM enzyme AS T1 WHERE T1.Location != 'Heme'
SELECT T1.name FROM enzyme AS T1 WHERE T1.Product != 'Heme'
SELECT T1.name, T1.Trade_Name FROM medicine AS T1 WHERE T1.FDA_approved = 'Yes'
SELECT T1.name, T1.Trade_Name FROM medicine AS T1 WHERE T1.FDA_approved = 'FDA'
SELECT T1.name FROM enzyme AS T1 JOIN medicine_enzyme_interaction AS T2 JOIN medicine AS T3 ON T2.enzyme_id = T1.id AND T2.medicine_id = T3.id WHERE T3.name = 'Amisulpride'
SELECT T1.name FROM enzyme AS T1 JOIN medicine_enzyme_interaction AS T2 JOIN medicine AS T3 ON T2.enzyme_id = T1.id AND T2.medicine_id = T3.id WHERE T3.name = 'Amisulpride'
SELECT T1.id, T3.name FROM medicine AS T1 JOIN medicine_enzyme_interaction AS T2 JOIN enzyme AS T3 ON T2.medicine_id = T1.id AND T2.enzyme_id = T3.id GROUP BY T1.id HAVING count(*) >= 2
SELECT T1.name FROM medicine AS T1 JOIN medicine_enzyme_interaction AS T2 JOIN enzyme AS T3 ON T2.medicine_id = T1.id AND T2.enzyme_id = T3.id GROUP BY T1.id HAVING count(*) > 1
SELECT T1.id, T1.name, count(*) FROM medicine AS T1 JOIN medicine_enzyme_interaction AS T2 JOIN enzyme AS T3 ON T2.medicine_id = T1.id AND T2.enzyme_id = T3.id GROUP BY T1.id ORDER BY count(*) DESC
SELECT T1.id, T1.name, T1.FDA_approved FROM medicine AS T1 JOIN medicine_enzyme_interaction AS T2 JOIN enzyme AS T3 ON T2.medicine_id = T1.id AND T2.enzyme_id = T3.id GROUP BY T1.id ORDER BY count(*) DESC
SELECT T1.id, T1.name FROM enzyme AS T1 JOIN medicine_enzyme_interaction AS T2 ON T2.enzyme_id = T1.id GROUP BY T1.id ORDER BY count(*) DESC LIMIT 1
SELECT T1.id, T1.name FROM enzyme AS T1 JOIN medicine_enzyme_interaction AS T2 ON T2.enzyme_id = T1.id GROUP BY T1.id ORDER BY count(*) DESC LIMIT 1
SELECT T2.interaction_type FROM enzyme AS T1 JOIN medicine_enzyme_interaction AS T2 JOIN medicine AS T3 ON T2.enzyme_id = T1.id AND T2.medicine_id = T3.id WHERE T3.name = 'ALA synthase' INTERSECT SELECT T5.interaction_type FROM enzyme AS T4 JOIN medicine_enzyme_interaction AS T5 JOIN medicine AS T6 ON T5.enzyme_id = T4.id AND T5.medicine_id = T6.id WHERE T6.name = 'Aripiprazole'
SELECT T2.interaction_type FROM enzyme AS T1 JOIN medicine_enzyme_interaction AS T2 JOIN medicine AS T3 ON T2.enzyme_id = T1.id AND T2.medicine_id = T3.id WHERE T3.name = 'ALA synthase' INTERSECT SELECT T5.interaction_type FROM enzyme AS T4 JOIN medicine_enzyme_interaction AS T5 JOIN medicine AS T6 ON T5.enzyme_id = T4.id AND T5.medicine_id = T6.id WHERE T6.name = 'Aripiprazole'
SELECT T1.interaction_type, count(*) FROM medicine_enzyme_interaction AS T1 JOIN medicine AS T2 ON T1.medicine_id = T2.id GROUP BY T1.interaction_type ORDER BY count(*) DESC LIMIT 1
SELECT T1.interaction_type, count(*) FROM medicine_enzyme_interaction AS T1 JOIN medicine AS T2 ON T1.medicine_id = T2.id GROUP BY T1.interaction_type ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM medicine AS T1 WHERE T1.FDA_approved = 'No'
SELECT count(*) FROM medicine AS T1 WHERE T1.id NOT IN (SELECT T2.id FROM medicine AS T2)
SELECT count(*) FROM enzyme AS T1 WHERE T1.id NOT IN (SELECT T2.enzyme_id FROM medicine_enzyme_interaction AS T2)
SELECT count(*) FROM enzyme AS T1 WHERE T1.id NOT IN (SELECT T2.enzyme_id FROM medicine_enzyme_interaction AS T2)
SELECT T1.id, T1.Trade_Name FROM medicine AS T1 JOIN medicine_enzyme_interaction AS T2 ON T2.medicine_id = T1.id GROUP BY T1.id HAVING count(*) >= 3
SELECT T1.id, T1.Trade_Name FROM medicine AS T1 JOIN medicine_enzyme_interaction AS T2 ON T2.medicine_id = T1.id GROUP BY T1.id HAVING count(*) >= 3
SELECT DISTINCT T1.name, T1.Location, T1.Product FROM enzyme AS T1 JOIN medicine_enzyme_interaction AS T2 ON T2.enzyme_id = T1.id
SELECT DISTINCT T1.name, T1.Location, T1.Product FROM enzyme AS T1 JOIN medicine_enzyme_interaction AS T2 ON T2.enzyme_id = T1.id WHERE T2.interaction_type = 'value'
SELECT T1.name, T1.Trade_Name FROM medicine AS T1 JOIN medicine_enzyme_interaction AS T2 JOIN enzyme AS T3 ON T2.medicine_id = T1.id AND T2.enzyme_id = T3.id WHERE T3.name = 'inhibitor' UNION SELECT T6.name, T6.name FROM medicine_enzyme_interaction AS T4 JOIN enzyme AS T5 JOIN medicine AS T6 ON T4.enzyme_id = T5.id AND T4.medicine_id = T6.id WHERE T5.name = 'activitor'
SELECT T3.name, T3.Trade_Name FROM enzyme AS T1 JOIN medicine_enzyme_interaction AS T2 JOIN medicine AS T3 ON T2.enzyme_id = T1.id AND T2.medicine_id = T3.id WHERE T1.name = 'value'
SELECT T1.name, T1.Trade_Name FROM medicine AS T1 EXCEPT SELECT T4.name, T4.name FROM enzyme AS T2 JOIN medicine_enzyme_interaction AS T3 JOIN medicine AS T4 ON T3.enzyme_id = T2.id AND T3.medicine_id = T4.id WHERE T2.Product = 'Heme'
SELECT T3.name, T3.Trade_Name FROM enzyme AS T1 JOIN medicine_enzyme_interaction AS T2 JOIN medicine AS T3 ON T2.enzyme_id = T1.id AND T2.medicine_id = T3.id WHERE T1.Product = 'Heme'
SELECT count(DISTINCT T1.FDA_approved) FROM medicine AS T1
SELECT count(DISTINCT T1.FDA_approved) FROM medicine AS T1
SELECT T1.name FROM enzyme AS T1 WHERE T1.name LIKE '%ALA%'
SELECT T1.name FROM enzyme AS T1 WHERE T1.name LIKE '%ALA%'
SELECT count(*), T1.Trade_Name FROM medicine AS T1 GROUP BY T1.Trade_Name
SELECT count(*), T1.Trade_Name FROM medicine AS T1 GROUP BY T1.Trade_Name
SELECT count(*) FROM phone AS T1
SELECT T1.Name FROM phone AS T1 ORDER BY T1.Price
SELECT T1.Memory_in_G, T1.Carrier FROM phone AS T1
SELECT DISTINCT T1.Carrier FROM phone AS T1 WHERE T1.Memory_in_G > 32
SELECT T1.Name FROM phone AS T1 WHERE T1.Carrier = 'Sprint' OR T1.Carrier = 'TMobile'
SELECT T1.Carrier FROM phone AS T1 ORDER BY T1.Price DESC LIMIT 1
SELECT T1.Carrier, count(*) FROM phone AS T1 GROUP BY T1.Carrier
SELECT T1.Carrier FROM phone AS T1 GROUP BY T1.Carrier ORDER BY count(*) DESC LIMIT 1
SELECT T1.Carrier FROM phone AS T1 WHERE T1.Memory_in_G < 32 INTERSECT SELECT T2.Carrier FROM phone AS T2 WHERE T2.Memory_in_G > 64
SELECT T2.Name, T3.District FROM phone_market AS T1 JOIN phone AS T2 JOIN market AS T3 ON T1.Phone_ID = T2.Phone_ID AND T1.Market_ID = T3.Market_ID
SELECT T2.Name, T3.District FROM phone_market AS T1 JOIN phone AS T2 JOIN market AS T3 ON T1.Phone_ID = T2.Phone_ID AND T1.Market_ID = T3.Market_ID ORDER BY T3.Ranking
SELECT T2.Name FROM phone_market AS T1 JOIN phone AS T2 JOIN market AS T3 ON T1.Phone_ID = T2.Phone_ID AND T1.Market_ID = T3.Market_ID WHERE T3.Num_of_shops > 50 GROUP BY T2.Name HAVING count(*) > 'value'
SELECT T2.Name, sum(T1.Num_of_stock) FROM phone_market AS T1 JOIN phone AS T2 ON T1.Phone_ID = T2.Phone_ID GROUP BY T1.Phone_ID
SELECT T2.Name FROM phone_market AS T1 JOIN phone AS T2 ON T1.Phone_ID = T2.Phone_ID WHERE T1.Num_of_stock > 2000 GROUP BY T2.Name ORDER BY sum(T1.Num_of_stock) DESC
SELECT T1.Name FROM phone AS T1 WHERE T1.Phone_ID NOT IN (SELECT T2.Phone_ID FROM phone_market AS T2)
SELECT DISTINCT T1.document_status_code FROM Documents AS T1
SELECT T1.document_status_description FROM Ref_Document_Status AS T1 WHERE T1.document_status_code = 'working'
SELECT DISTINCT T1.document_type_code FROM Documents AS T1
SELECT T1.document_type_description FROM Ref_Document_Types AS T1 WHERE T1.document_type_code = 'Paper'
SELECT T1.shipping_agent_name FROM Ref_Shipping_Agents AS T1
SELECT T1.shipping_agent_code FROM Ref_Shipping_Agents AS T1 WHERE T1.shipping_agent_name = 'UPS'
SELECT DISTINCT T1.role_code FROM Roles AS T1
SELECT T1.role_description FROM Roles AS T1 WHERE T1.role_code = 'ED'
SELECT count(*) FROM Employees AS T1
SELECT T1.role_code FROM Employees AS T1 WHERE T1.employee_name = 'Koby'
SELECT T1.document_id, T1.receipt_date FROM Documents AS T1
SELECT T2.role_description, T2.role_description, count(*) FROM Employees AS T1 JOIN Roles AS T2 ON T1.role_code = T2.role_code GROUP BY T1.role_code
SELECT T2.role_description, count(*) FROM Employees AS T1 JOIN Roles AS T2 ON T1.role_code = T2.role_code GROUP BY T1.role_code HAVING count(*) > 1
SELECT T2.document_status_description FROM Documents AS T1 JOIN Ref_Document_Status AS T2 ON T1.document_status_code = T2.document_status_code WHERE T1.document_id = 1
SELECT count(*) FROM Documents AS T1
SELECT T1.document_type_code FROM Documents AS T1 WHERE T1.document_id = 2
SELECT T1.document_id, T1.document_status_code FROM Documents AS T1 WHERE T1.document_type_code = 'value'
SELECT T1.shipping_agent_name FROM Ref_Shipping_Agents AS T1 JOIN Documents AS T2 ON T2.shipping_agent_code = T1.shipping_agent_code WHERE T2.document_id = 2
SELECT count(*) FROM Documents AS T1 WHERE T1.document_type_code = 'USPS'
SELECT T2.shipping_agent_name, count(*) FROM Documents AS T1 JOIN Ref_Shipping_Agents AS T2 ON T1.shipping_agent_code = T2.shipping_agent_code GROUP BY T2.shipping_agent_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.receipt_date FROM Documents AS T1 WHERE T1.document_id = 3
SELECT T1.address_details FROM Addresses AS T1 JOIN Documents_Mailed AS T2 ON T2.mailed_to_address_id = T1.address_id WHERE T2.mailed_to_address_id = 4
SELECT T2.mailing_date FROM Documents AS T1 JOIN Documents_Mailed AS T2 ON T2.document_id = T1.document_id WHERE T1.document_id = 7
SELECT T1.document_id FROM Documents AS T1 WHERE T1.document_type_code = 'Paper' EXCEPT SELECT T2.document_id FROM Documents AS T2 WHERE T2.shipping_agent_code = 'USPS'
SELECT T1.document_id FROM Documents AS T1 JOIN Ref_Document_Status AS T2 JOIN Ref_Shipping_Agents AS T3 ON T1.document_status_code = T2.document_status_code AND T1.shipping_agent_code = T3.shipping_agent_code WHERE T3.shipping_agent_name = 'Paper'
SELECT T1.draft_details FROM Document_Drafts AS T1 WHERE T1.document_id = 7
SELECT count(*) FROM Draft_Copies AS T1 WHERE T1.document_id = 2
SELECT T1.document_id, count(*) FROM Document_Drafts AS T1 JOIN Draft_Copies AS T2 ON T2.document_id = T1.document_id GROUP BY T1.document_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.document_id, count(*) FROM Document_Drafts AS T1 JOIN Draft_Copies AS T2 ON T2.document_id = T1.document_id GROUP BY T1.document_id HAVING count(*) > 1
SELECT T1.employee_name FROM Employees AS T1 JOIN Circulation_History AS T2 ON T2.employee_id = T1.employee_id
SELECT T1.employee_name FROM Employees AS T1 WHERE T1.employee_id NOT IN (SELECT T2.employee_id FROM Circulation_History AS T2)
SELECT T1.employee_name, count(*) FROM Employees AS T1 JOIN Circulation_History AS T2 ON T2.employee_id = T1.employee_id GROUP BY T1.employee_id ORDER BY count(*) DESC LIMIT 1
SELECT T3.employee_name, count(*) FROM Documents AS T1 JOIN Circulation_History AS T2 JOIN Employees AS T3 ON T2.employee_id = T3.employee_id GROUP BY T3.employee_id
SELECT T1.Dname FROM department AS T1 ORDER BY T1.Mgr_start_date
SELECT T3.Dependent_name FROM employee AS T1 JOIN employee AS T2 JOIN dependent AS T3 WHERE T3.Relationship = 'value'
SELECT count(*) FROM dependent AS T1 WHERE T1.Sex = 'value'
SELECT T1.Dname FROM department AS T1 JOIN department AS T2 JOIN dept_locations AS T3 WHERE T3.Dlocation = 'Houston'
SELECT T1.Fname, T1.Lname FROM employee AS T1 WHERE T1.Salary > 30000
SELECT count(*), T1.Sex FROM employee AS T1 WHERE T1.Salary < 50000 GROUP BY T1.Sex
SELECT T1.Fname, T1.Lname, T1.Address FROM employee AS T1 ORDER BY T1.Bdate
SELECT T2.Event_Details FROM Services AS T1 JOIN Events AS T2 ON T2.Service_ID = T1.Service_ID WHERE T1.Service_Type_Code = 'Marriage'
SELECT T2.Event_ID, T2.Event_Details FROM Participants_in_Events AS T1 JOIN Events AS T2 ON T1.Event_ID = T2.Event_ID GROUP BY T2.Event_ID HAVING count(*) > 1
SELECT T1.Participant_ID, count(*), T1.Participant_Type_Code FROM Participants AS T1 JOIN Participants_in_Events AS T2 ON T2.Participant_ID = T1.Participant_ID GROUP BY T1.Participant_ID
SELECT T1.Participant_ID, T1.Participant_Type_Code, T1.Participant_Details FROM Participants AS T1
SELECT count(*) FROM Participants AS T1 WHERE T1.Participant_Type_Code = 'Organizer'
SELECT T1.Service_Type_Code FROM Services AS T1 ORDER BY T1.Service_Type_Code
SELECT T1.Service_ID, T1.Event_Details FROM Events AS T1
SELECT count(*) FROM Events AS T1 JOIN Participants AS T2 WHERE T2.Participant_Details LIKE '%Dr.%'
SELECT T1.Participant_Type_Code FROM Participants AS T1 GROUP BY T1.Participant_Type_Code ORDER BY count(*) DESC LIMIT 1
SELECT T1.Service_ID, T1.Service_Type_Code FROM Services AS T1 JOIN Participants AS T2 GROUP BY T1.Service_ID ORDER BY count(*) LIMIT 1
SELECT T2.Event_ID FROM Participants_in_Events AS T1 JOIN Events AS T2 ON T1.Event_ID = T2.Event_ID GROUP BY T2.Event_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Event_ID FROM Events AS T1 WHERE T1.Event_Details != 'Kenyatta Kuhn'
SELECT T1.Service_Type_Code FROM Services AS T1 JOIN Events AS T2 ON T2.Service_ID = T1.Service_ID WHERE T2.Event_Details = 'value' INTERSECT SELECT T3.Service_Type_Code FROM Services AS T3 JOIN Events AS T4 ON T4.Service_ID = T3.Service_ID WHERE T4.Event_Details = 'value'
SELECT count(*) FROM Events AS T1 WHERE T1.Event_ID NOT IN (SELECT T2.Event_ID FROM Participants_in_Events AS T2)
SELECT DISTINCT T1.Participant_ID FROM Participants_in_Events AS T1
SELECT T1.name FROM races AS T1 ORDER BY T1.year DESC LIMIT 1
SELECT T1.name FROM races AS T1 ORDER BY T1.year DESC LIMIT 1
SELECT T1.name, T1.date FROM races AS T1 ORDER BY T1.year DESC LIMIT 1
SELECT T1.name, T1.date FROM races AS T1 ORDER BY T1.year DESC LIMIT 1
SELECT T1.name FROM races AS T1 WHERE T1.year = 2017
SELECT T1.name FROM races AS T1 WHERE T1.year = 2017
SELECT DISTINCT T1.name FROM races AS T1 WHERE T1.year BETWEEN 2014 AND 2017
SELECT DISTINCT T1.name FROM races AS T1 WHERE T1.year BETWEEN 2014 AND 2017
SELECT DISTINCT T1.forename, T1.surname FROM drivers AS T1 JOIN lapTimes AS T2 JOIN results AS T3 ON T2.driverId = T1.driverId AND T3.driverId = T1.driverId WHERE T3.milliseconds < 93000
SELECT DISTINCT T1.forename, T1.surname FROM drivers AS T1 JOIN lapTimes AS T2 JOIN results AS T3 ON T2.driverId = T1.driverId AND T3.driverId = T1.driverId WHERE T3.milliseconds < 93000
SELECT DISTINCT T1.driverId, T1.nationality FROM drivers AS T1 JOIN lapTimes AS T2 JOIN results AS T3 ON T2.driverId = T1.driverId AND T3.driverId = T1.driverId GROUP BY T1.driverId HAVING sum(T3.milliseconds) > 100000
SELECT DISTINCT T1.driverId, T1.nationality FROM drivers AS T1 JOIN lapTimes AS T2 JOIN results AS T3 ON T2.driverId = T1.driverId AND T3.driverId = T1.driverId WHERE T3.milliseconds > 100000
SELECT T1.forename, T1.surname FROM drivers AS T1 JOIN lapTimes AS T2 ON T2.driverId = T1.driverId ORDER BY T2.driverId LIMIT 1
SELECT T1.forename, T1.surname FROM drivers AS T1 JOIN lapTimes AS T2 JOIN results AS T3 ON T2.driverId = T1.driverId AND T3.driverId = T1.driverId ORDER BY T3.fastestLap LIMIT 1
SELECT T1.driverId, T1.surname FROM drivers AS T1 JOIN lapTimes AS T2 JOIN results AS T3 ON T2.driverId = T1.driverId AND T3.driverId = T1.driverId ORDER BY T3.fastestLapTime DESC LIMIT 1
SELECT T1.driverId, T1.surname FROM drivers AS T1 JOIN lapTimes AS T2 JOIN results AS T3 ON T2.driverId = T1.driverId AND T3.driverId = T1.driverId ORDER BY T3.fastestLapTime DESC LIMIT 1
SELECT T1.driverId, T1.forename, T1.surname FROM drivers AS T1 JOIN driverStandings AS T2 ON T2.driverId = T1.driverId GROUP BY T1.driverId HAVING count(*) >= 'value'
SELECT T1.driverId, T1.surname, T2.position FROM drivers AS T1 JOIN driverStandings AS T2 ON T2.driverId = T1.driverId GROUP BY T1.driverId HAVING count(*) >= 'value'
SELECT count(*) FROM drivers AS T1 JOIN driverStandings AS T2 JOIN races AS T3 ON T2.driverId = T1.driverId AND T2.raceId = T3.raceId WHERE T3.name = 'Australian Grand Prix'
SELECT count(*) FROM drivers AS T1 JOIN driverStandings AS T2 ON T2.driverId = T1.driverId WHERE T1.nationality = 'Australian Grand Prix'
SELECT count(*) FROM drivers AS T1 WHERE T1.driverId NOT IN (SELECT T2.driverId FROM driverStandings AS T2 JOIN races AS T3 ON T2.raceId = T3.raceId WHERE T3.name = 2009)
SELECT count(*) FROM drivers AS T1 WHERE T1.driverId NOT IN (SELECT T2.driverId FROM driverStandings AS T2 JOIN races AS T3 ON T2.raceId = T3.raceId WHERE T3.name = 2009)
SELECT T2.name, T2.year FROM driverStandings AS T1 JOIN races AS T2 JOIN drivers AS T3 ON T1.raceId = T2.raceId AND T1.driverId = T3.driverId WHERE T3.forename = 'Lewis'
SELECT T2.name, T2.year FROM driverStandings AS T1 JOIN races AS T2 ON T1.raceId = T2.raceId WHERE T1.positionText = 'Lewis'
SELECT T1.forename, T1.surname FROM drivers AS T1 WHERE T1.nationality = 'German'
SELECT T1.surname, T1.surname FROM drivers AS T1
SELECT T1.driverId, T1.forename FROM drivers AS T1 JOIN driverStandings AS T2 ON T2.driverId = T1.driverId WHERE T1.nationality = 'Australian Grand Prix' INTERSECT SELECT T3.driverId, T3.forename FROM drivers AS T3 JOIN driverStandings AS T4 ON T4.driverId = T3.driverId WHERE T3.nationality = 'Chinese Grand Prix'
SELECT T1.driverId, T1.surname FROM drivers AS T1 WHERE T1.nationality = 'Australian Grand Prix' INTERSECT SELECT T2.driverId FROM drivers AS T2 WHERE T2.nationality = 'Chinese Grand Prix'
SELECT T1.forename, T1.surname FROM drivers AS T1 JOIN driverStandings AS T2 JOIN races AS T3 ON T2.driverId = T1.driverId AND T2.raceId = T3.raceId WHERE T3.name = 'Australian Grand Prix' EXCEPT SELECT T5.forename, T5.forename FROM driverStandings AS T4 JOIN drivers AS T5 JOIN races AS T6 ON T4.driverId = T5.driverId AND T4.raceId = T6.raceId WHERE T6.name = 'Chinese Grand Prix'
SELECT T1.forename, T1.surname FROM drivers AS T1 WHERE T1.nationality = 'Australian Grand Prix' EXCEPT SELECT T2.forename, T2.surname FROM drivers AS T2 JOIN drivers AS T3 WHERE T2.nationality = 'Chinese Grand Prix'
SELECT DISTINCT T1.forename FROM drivers AS T1 JOIN driverStandings AS T2 ON T2.driverId = T1.driverId WHERE T2.wins = 1
SELECT DISTINCT T2.surname, T1.position FROM driverStandings AS T1 JOIN drivers AS T2 ON T1.driverId = T2.driverId
SELECT DISTINCT T1.forename FROM drivers AS T1 JOIN driverStandings AS T2 ON T2.driverId = T1.driverId WHERE T2.points > 1
SELECT DISTINCT T2.forename FROM driverStandings AS T1 JOIN drivers AS T2 ON T1.driverId = T2.driverId WHERE T1.points > 1
SELECT count(*), T1.nationality FROM constructors AS T1
SELECT count(DISTINCT T1.nationality), T1.nationality FROM constructors AS T1 GROUP BY T1.nationality
SELECT count(*), T1.constructorId FROM constructorStandings AS T1 GROUP BY T1.constructorId
SELECT T1.constructorId, count(*) FROM constructorStandings AS T1 GROUP BY T1.constructorId
SELECT T1.name, T1.date FROM races AS T1 JOIN circuits AS T2 ON T1.circuitId = T2.circuitId WHERE T1.year > 2017
SELECT T1.name FROM races AS T1 WHERE T1.year > 2017
SELECT DISTINCT T1.name FROM races AS T1 JOIN circuits AS T2 ON T1.circuitId = T2.circuitId WHERE T1.year > 2000
SELECT T1.name FROM races AS T1 WHERE T1.year > 2000
SELECT DISTINCT T1.driverId, T1.number FROM drivers AS T1 JOIN pitStops AS T2 JOIN races AS T3 ON T2.driverId = T1.driverId AND T2.raceId = T3.raceId WHERE T3.year < (SELECT min(T5.year) FROM pitStops AS T4 JOIN races AS T5 ON T4.raceId = T5.raceId WHERE T4.driverId = 841)
SELECT T1.driverId, T1.number FROM drivers AS T1 JOIN pitStops AS T2 JOIN races AS T3 ON T2.driverId = T1.driverId AND T2.raceId = T3.raceId WHERE T3.year < 841
SELECT DISTINCT T1.driverId FROM drivers AS T1 JOIN driverStandings AS T2 JOIN races AS T3 ON T2.driverId = T1.driverId AND T2.raceId = T3.raceId WHERE T3.year > (SELECT max(T5.year) FROM pitStops AS T4 JOIN races AS T5 ON T4.raceId = T5.raceId WHERE T5.year > 841)
SELECT DISTINCT T1.driverId, T1.driverId FROM drivers AS T1 JOIN races AS T2 WHERE T2.year > 841
SELECT DISTINCT T1.forename FROM drivers AS T1 ORDER BY T1.forename
SELECT T1.surname FROM drivers AS T1 ORDER BY T1.surname
SELECT DISTINCT T1.name FROM races AS T1 ORDER BY T1.name
SELECT DISTINCT T1.name FROM races AS T1 ORDER BY T1.name
SELECT T1.name FROM races AS T1 WHERE T1.year BETWEEN 2009 AND 2011
SELECT T1.name FROM races AS T1 WHERE T1.year BETWEEN 2009 AND 2011
SELECT T1.name FROM races AS T1 WHERE T1.year > 12 OR T1.year < 0
SELECT T1.name FROM races AS T1 WHERE T1.year > 12 OR T1.year < 0
SELECT T1.forename, T1.surname, T1.driverId FROM drivers AS T1 JOIN pitStops AS T2 ON T2.driverId = T1.driverId GROUP BY T1.driverId HAVING count(*) > 8
SELECT T2.forename, T2.surname, T2.driverId FROM driverStandings AS T1 JOIN drivers AS T2 ON T1.driverId = T2.driverId GROUP BY T2.driverId HAVING count(*) > 8
SELECT T1.surname, T1.surname FROM drivers AS T1 JOIN pitStops AS T2 ON T2.driverId = T1.driverId WHERE T2.stop > 11 GROUP BY T1.driverId HAVING count(*) > 5
SELECT T1.forename, T2.stop FROM drivers AS T1 JOIN pitStops AS T2 ON T2.driverId = T1.driverId GROUP BY T2.driverId HAVING count(*) > 11
SELECT T1.driverId, T3.name FROM driverStandings AS T1 JOIN drivers AS T2 JOIN races AS T3 ON T1.driverId = T2.driverId AND T1.raceId = T3.raceId GROUP BY T2.driverId HAVING count(*) > 2010
SELECT T1.driverId, T3.name FROM driverStandings AS T1 JOIN drivers AS T2 JOIN races AS T3 ON T1.driverId = T2.driverId AND T1.raceId = T3.raceId GROUP BY T2.driverId HAVING count(*) > 2010
SELECT T1.name FROM circuits AS T1 WHERE T1.country = 'UK' OR T1.country = 'Malaysia'
SELECT T1.name FROM circuits AS T1 WHERE T1.country = 'UK' OR T1.country = 'Malaysia'
SELECT T1.circuitId, T1.location FROM circuits AS T1 WHERE T1.country = 'France' OR T1.country = 'Belgium'
SELECT T1.circuitId, T1.location FROM circuits AS T1 WHERE T1.country = 'France' OR T1.country = 'Belgium'
SELECT T1.name FROM constructors AS T1 JOIN constructorStandings AS T2 ON T2.constructorId = T1.constructorId WHERE T2.points > 5 GROUP BY T2.constructorId HAVING count(*) > 'value'
SELECT T1.name FROM constructors AS T1 JOIN constructorStandings AS T2 ON T2.constructorId = T1.constructorId WHERE T2.points > 5
SELECT avg(T2.fastestLapSpeed) FROM races AS T1 JOIN results AS T2 ON T2.raceId = T1.raceId WHERE T1.name = 'Monaco Grand Prix'
SELECT avg(T1.fastestLapSpeed) FROM results AS T1 WHERE T1.fastestLapTime = 'Monaco Grand Prix'
SELECT max(T2.fastestLapSpeed) FROM races AS T1 JOIN results AS T2 ON T2.raceId = T1.raceId WHERE T1.name = 'Monaco Grand Prix'
SELECT max(T1.fastestLapSpeed) FROM results AS T1 WHERE T1.fastestLapTime = 'Monaco Grand Prix'
SELECT max(T1.fastestLapSpeed), T2.name FROM results AS T1 JOIN races AS T2 ON T1.raceId = T2.raceId WHERE T2.year > 2004 ORDER BY T2.year
SELECT max(T1.name), T2.fastestLapSpeed FROM races AS T1 JOIN results AS T2 ON T2.raceId = T1.raceId WHERE T1.year > 2004 ORDER BY T1.year
SELECT avg(T2.fastestLapSpeed), T1.name FROM races AS T1 JOIN results AS T2 ON T2.raceId = T1.raceId WHERE T1.year > 2004 ORDER BY T1.year
SELECT avg(T2.fastestLapSpeed), T1.year FROM races AS T1 JOIN results AS T2 ON T2.raceId = T1.raceId WHERE T1.year > 2004 GROUP BY T1.raceId ORDER BY T1.year
SELECT T2.raceId, T2.name, count(*) FROM driverStandings AS T1 JOIN races AS T2 ON T1.raceId = T2.raceId GROUP BY T2.raceId HAVING count(*) >= 2
SELECT T2.raceId, T2.name, count(*) FROM driverStandings AS T1 JOIN races AS T2 ON T1.raceId = T2.raceId GROUP BY T1.driverId HAVING count(*) >= 2
SELECT T1.driverId, count(*) FROM driverStandings AS T1 JOIN drivers AS T2 ON T1.driverId = T2.driverId GROUP BY T1.driverId HAVING count(*) <= 30
SELECT T1.driverId, count(*) FROM driverStandings AS T1 GROUP BY T1.driverId HAVING count(*) >= 30
SELECT T1.driverId, T2.surname FROM driverStandings AS T1 JOIN drivers AS T2 ON T1.driverId = T2.driverId GROUP BY T1.driverId ORDER BY count(*) DESC LIMIT 1
SELECT T1.driverId, T3.name FROM driverStandings AS T1 JOIN drivers AS T2 JOIN races AS T3 ON T1.driverId = T2.driverId AND T1.raceId = T3.raceId GROUP BY T2.driverId ORDER BY count(*) DESC LIMIT 1
SELECT T1.roomName FROM Rooms AS T1 WHERE T1.beds = 160 AND T1.basePrice < 2
SELECT T1.roomName FROM Rooms AS T1 WHERE T1.beds = 160 AND T1.basePrice < 2
SELECT T1.roomName FROM Rooms AS T1 WHERE T1.basePrice > 160 OR T1.basePrice > 2
SELECT T1.roomName, T1.beds FROM Rooms AS T1 WHERE T1.basePrice > 160 OR T1.basePrice > 2
SELECT T2.roomName FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId GROUP BY T1.Room ORDER BY count(*) DESC LIMIT 1
SELECT T2.roomName FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId GROUP BY T1.Room ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId WHERE T2.roomName = 'ROY SWEAZY'
SELECT count(*) FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId WHERE T1.FirstName = 'ROY SWEAZ'
SELECT count(*) FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId WHERE T2.roomName = 'ROY SWEAZY'
SELECT count(*) FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId WHERE T2.roomName = 'ROY SWEAZY'
SELECT T2.roomName, T1.CheckIn, T1.CheckIn FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId ORDER BY T1.Rate DESC LIMIT 1
SELECT T2.roomName, T1.CheckIn, T1.CheckOut FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId ORDER BY T1.Rate DESC LIMIT 1
SELECT count(*) FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId WHERE T2.roomName = 'CONRAD SELBIG' AND T2.roomName = 'Oct'
SELECT count(*) FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId WHERE T2.roomName = 'CONRAD SELBIG' AND T2.roomName = 'Oct'
SELECT count(*) FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId WHERE T2.roomName = 'DAMIEN TRACHSEL' AND T2.roomName = 'Sep'
SELECT count(*) FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId WHERE T2.roomName = 'DAMIEN TRACHSEL' AND T2.roomName = 'Sep'
SELECT count(*) FROM Rooms AS T1 WHERE T1.bedType = 'value'
SELECT count(*) FROM Rooms AS T1 WHERE T1.bedType = 'value'
SELECT T1.roomName, T1.decor FROM Rooms AS T1 WHERE T1.basePrice = 'value' ORDER BY T1.basePrice
SELECT T1.roomName, T1.decor FROM Rooms AS T1 WHERE T1.basePrice = 'value' ORDER BY T1.basePrice
SELECT T1.roomName, T1.basePrice FROM Rooms AS T1 ORDER BY T1.basePrice LIMIT 1
SELECT T1.roomName, T1.basePrice FROM Rooms AS T1 ORDER BY T1.basePrice LIMIT 1
SELECT T1.decor FROM Rooms AS T1 WHERE T1.roomName = 'Recluse'
SELECT T1.decor FROM Rooms AS T1 WHERE T1.roomName = 'Recluse and defiance'
SELECT T1.bedType, avg(T1.basePrice) FROM Rooms AS T1 GROUP BY T1.bedType
SELECT T1.bedType, avg(T1.basePrice) FROM Rooms AS T1 GROUP BY T1.bedType
SELECT sum(T1.maxOccupancy) FROM Rooms AS T1 WHERE T1.roomName = 'value'
SELECT sum(T1.basePrice) FROM Rooms AS T1 WHERE T1.roomName = 'value'
SELECT T2.decor FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId GROUP BY T1.Room ORDER BY count(*) LIMIT 1
SELECT T1.decor FROM Rooms AS T1 GROUP BY T1.decor ORDER BY count(*) LIMIT 1
SELECT count(*) FROM Reservations AS T1
SELECT count(*) FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId WHERE T2.maxOccupancy > 'value'
SELECT T1.FirstName, T1.LastName FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId WHERE T2.basePrice > (SELECT max(T3.basePrice) FROM Rooms AS T3)
SELECT T1.FirstName, T1.LastName FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId WHERE T2.basePrice > (SELECT max(T3.basePrice) FROM Rooms AS T3)
SELECT count(*) FROM Rooms AS T1
SELECT sum(T1.beds) FROM Rooms AS T1 WHERE T1.roomName = 'value'
SELECT count(*) FROM Rooms AS T1 WHERE T1.bedType = 'value'
SELECT count(*) FROM Rooms AS T1 WHERE T1.beds = 'value'
SELECT T1.bedType, count(*) FROM Rooms AS T1 GROUP BY T1.bedType
SELECT T1.bedType, count(*) FROM Rooms AS T1 GROUP BY T1.bedType
SELECT T1.roomName FROM Rooms AS T1 ORDER BY T1.maxOccupancy DESC LIMIT 1
SELECT T1.roomName FROM Rooms AS T1 ORDER BY T1.maxOccupancy DESC LIMIT 1
SELECT T1.RoomId, T1.basePrice FROM Rooms AS T1 ORDER BY T1.basePrice DESC LIMIT 1
SELECT T1.roomName FROM Rooms AS T1 ORDER BY T1.basePrice DESC LIMIT 1
SELECT T1.bedType, T1.beds FROM Rooms AS T1 WHERE T1.maxOccupancy = 'value'
SELECT T1.bedType, T1.beds FROM Rooms AS T1 WHERE T1.decor = 'value'
SELECT count(*), T1.bedType FROM Rooms AS T1 WHERE T1.decor = 'value' GROUP BY T1.bedType
SELECT count(*), T1.bedType FROM Rooms AS T1 WHERE T1.decor = 'Report' GROUP BY T1.bedType
SELECT avg(T1.basePrice), min(T1.basePrice), T1.decor FROM Rooms AS T1 GROUP BY T1.decor
SELECT min(T1.basePrice), avg(T1.basePrice), T1.decor FROM Rooms AS T1 GROUP BY T1.decor
SELECT T1.roomName FROM Rooms AS T1 ORDER BY T1.basePrice
SELECT T1.roomName FROM Rooms AS T1 ORDER BY T1.basePrice
SELECT count(*), T1.decor FROM Rooms AS T1 WHERE T1.basePrice > 120 GROUP BY T1.decor
SELECT count(*), T1.decor FROM Rooms AS T1 WHERE T1.decor > 120 GROUP BY T1.decor
SELECT T1.bedType, avg(T1.basePrice) FROM Rooms AS T1 GROUP BY T1.bedType
SELECT T1.bedType, avg(T1.basePrice) FROM Rooms AS T1 GROUP BY T1.bedType
SELECT T1.roomName FROM Rooms AS T1 WHERE T1.beds = 'value' OR T1.beds = 'value'
SELECT T1.roomName FROM Rooms AS T1 WHERE T1.beds = 'value' OR T1.beds = 'value'
SELECT count(DISTINCT T1.bedType) FROM Rooms AS T1
SELECT count(DISTINCT T1.bedType) FROM Rooms AS T1 WHERE T1.roomName = 'value'
SELECT T1.roomName, T1.RoomId FROM Rooms AS T1 ORDER BY T1.maxOccupancy DESC LIMIT 3
SELECT T1.roomName, T1.RoomId FROM Rooms AS T1 ORDER BY T1.maxOccupancy DESC LIMIT 1
SELECT T1.roomName FROM Rooms AS T1 WHERE T1.basePrice > (SELECT avg(T2.basePrice) FROM Rooms AS T2)
SELECT T1.roomName FROM Rooms AS T1 WHERE T1.beds > (SELECT avg(T2.beds) FROM Rooms AS T2)
SELECT count(*) FROM Rooms AS T1 WHERE T1.RoomId NOT IN (SELECT T2.Room FROM Reservations AS T2)
SELECT count(*) FROM Rooms AS T1 WHERE T1.RoomId NOT IN (SELECT T2.Room FROM Reservations AS T2)
SELECT T1.FirstName, count(*) FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId GROUP BY T1.Room
SELECT T2.roomName, count(*) FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId GROUP BY T1.Room
SELECT T2.roomName FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId GROUP BY T1.Room HAVING count(*) > 60
SELECT T2.roomName FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId GROUP BY T1.Room HAVING count(*) > 60
SELECT T1.roomName FROM Rooms AS T1 WHERE T1.basePrice BETWEEN 120 AND 150
SELECT T1.roomName FROM Rooms AS T1 WHERE T1.basePrice BETWEEN 120 AND 150
SELECT T2.roomName FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId WHERE T1.FirstName LIKE '%ROY%'
SELECT T2.roomName FROM Reservations AS T1 JOIN Rooms AS T2 ON T1.Room = T2.RoomId WHERE T1.FirstName LIKE '%ROY%'
SELECT T2.asset_id, T2.asset_details FROM Fault_Log AS T1 JOIN Assets AS T2 ON T1.asset_id = T2.asset_id GROUP BY T2.asset_id HAVING count(*) < 2
SELECT T1.maintenance_contract_id, count(*) FROM Assets AS T1 GROUP BY T1.maintenance_contract_id
SELECT T1.supplier_company_id, count(*) FROM Assets AS T1 GROUP BY T1.supplier_company_id
SELECT T1.company_id, T1.company_id FROM Third_Party_Companies AS T1 JOIN Maintenance_Contracts AS T2 ON T2.maintenance_contract_company_id = T1.company_id GROUP BY T1.company_id HAVING count(*) >= 2
SELECT T1.staff_name, T2.recorded_by_staff_id FROM Staff AS T1 JOIN Fault_Log AS T2 ON T2.recorded_by_staff_id = T1.staff_id WHERE T1.staff_id NOT IN (SELECT T3.fault_log_entry_id FROM Engineer_Visits AS T3)
SELECT T1.first_name, T1.first_name, T1.last_name FROM Maintenance_Engineers AS T1 JOIN Engineer_Visits AS T2 ON T2.engineer_id = T1.engineer_id GROUP BY T1.engineer_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.part_name, T2.part_id FROM Part_Faults AS T1 JOIN Parts AS T2 ON T1.part_id = T2.part_id GROUP BY T2.part_id HAVING count(*) > 2
SELECT T1.first_name, T1.last_name, T3.skill_description FROM Maintenance_Engineers AS T1 JOIN Engineer_Skills AS T2 JOIN Skills AS T3 ON T2.engineer_id = T1.engineer_id AND T2.skill_id = T3.skill_id
SELECT T1.fault_short_name, T3.skill_description FROM Part_Faults AS T1 JOIN Skills_Required_To_Fix AS T2 JOIN Skills AS T3 ON T2.part_fault_id = T1.part_fault_id AND T2.skill_id = T3.skill_id
SELECT T1.asset_details, count(*) FROM Assets AS T1 JOIN Asset_Parts AS T2 ON T2.asset_id = T1.asset_id GROUP BY T1.asset_id
SELECT T1.fault_description, T2.fault_status FROM Fault_Log AS T1 JOIN Fault_Log_Parts AS T2 ON T2.fault_log_entry_id = T1.fault_log_entry_id
SELECT T1.fault_log_entry_id, count(*) FROM Engineer_Visits AS T1 GROUP BY T1.fault_log_entry_id ORDER BY count(*) DESC LIMIT 1
SELECT DISTINCT T1.last_name FROM Maintenance_Engineers AS T1
SELECT count(*) FROM Fault_Log_Parts AS T1
SELECT T1.first_name, T1.last_name FROM Maintenance_Engineers AS T1 WHERE T1.engineer_id NOT IN (SELECT T3.engineer_id FROM Assets AS T2 JOIN Engineer_Visits AS T3)
SELECT T1.asset_id, T1.asset_details, T1.asset_model FROM Assets AS T1
SELECT T1.asset_acquired_date FROM Assets AS T1 ORDER BY T1.asset_acquired_date LIMIT 1
SELECT T1.part_fault_id, T1.part_id FROM Part_Faults AS T1 JOIN Skills_Required_To_Fix AS T2 ON T2.part_fault_id = T1.part_fault_id GROUP BY T1.part_fault_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.part_name FROM Part_Faults AS T1 JOIN Parts AS T2 ON T1.part_id = T2.part_id GROUP BY T1.part_id ORDER BY count(*) LIMIT 1
SELECT T1.engineer_id, T2.first_name, T2.last_name FROM Engineer_Visits AS T1 JOIN Maintenance_Engineers AS T2 ON T1.engineer_id = T2.engineer_id GROUP BY T1.engineer_id ORDER BY count(*) LIMIT 1
SELECT T2.staff_name, T4.first_name, T4.last_name FROM Engineer_Visits AS T1 JOIN Staff AS T2 JOIN Engineer_Visits AS T3 JOIN Maintenance_Engineers AS T4 ON T1.contact_staff_id = T2.staff_id AND T3.contact_staff_id = T2.staff_id AND T1.engineer_id = T4.engineer_id
SELECT T1.fault_log_entry_id, T1.fault_description, T1.fault_description FROM Fault_Log AS T1 JOIN Fault_Log_Parts AS T2 ON T2.fault_log_entry_id = T1.fault_log_entry_id GROUP BY T1.fault_log_entry_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.skill_id, T1.skill_description FROM Skills AS T1 JOIN Engineer_Skills AS T2 ON T2.skill_id = T1.skill_id GROUP BY T1.skill_id ORDER BY count(*) DESC LIMIT 1
SELECT DISTINCT T1.asset_model FROM Assets AS T1
SELECT T1.asset_make, T1.asset_model FROM Assets AS T1 ORDER BY T1.asset_disposed_date
SELECT T1.part_id, T1.chargeable_amount FROM Parts AS T1 ORDER BY T1.chargeable_amount LIMIT 1
SELECT T1.company_name FROM Third_Party_Companies AS T1 JOIN Maintenance_Contracts AS T2 ON T2.maintenance_contract_company_id = T1.company_id ORDER BY T2.contract_start_date LIMIT 1
SELECT T1.company_type FROM Third_Party_Companies AS T1 JOIN Maintenance_Contracts AS T2 ON T2.maintenance_contract_company_id = T1.company_id ORDER BY T2.contract_start_date DESC LIMIT 1
SELECT T1.gender FROM Staff AS T1 GROUP BY T1.gender ORDER BY count(*) DESC LIMIT 1
SELECT T2.staff_name, count(*) FROM Engineer_Visits AS T1 JOIN Staff AS T2 ON T1.contact_staff_id = T2.staff_id GROUP BY T1.contact_staff_id
SELECT T1.asset_model FROM Assets AS T1 WHERE T1.asset_id NOT IN (SELECT T2.asset_id FROM Fault_Log AS T2)
SELECT count(*) FROM furniture AS T1
SELECT T1.Name, T1.Furniture_ID FROM furniture AS T1 ORDER BY T1.Market_Rate DESC LIMIT 1
SELECT sum(T1.Market_Rate) FROM furniture AS T1 ORDER BY T1.Num_of_Component DESC LIMIT 2
SELECT sum(T1.Num_of_Component), sum(T1.Name) FROM furniture AS T1 WHERE T1.Num_of_Component > 10
SELECT T1.Name, T1.Num_of_Component FROM furniture AS T1 ORDER BY T1.Num_of_Component LIMIT 1
SELECT T2.Name FROM furniture_manufacte AS T1 JOIN furniture AS T2 ON T1.Furniture_ID = T2.Furniture_ID WHERE T1.Price_in_Dollar < (SELECT max(T3.Price_in_Dollar) FROM furniture_manufacte AS T3)
SELECT T1.Name, T1.Open_Year FROM manufacturer AS T1 GROUP BY T1.Name ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.Num_of_Factories) FROM manufacturer AS T1 WHERE T1.Num_of_Shops > 20
SELECT T1.Name, T1.Open_Year FROM manufacturer AS T1 ORDER BY T1.Open_Year
SELECT T1.Name, T1.Open_Year FROM manufacturer AS T1
SELECT avg(T1.Num_of_Factories), max(T1.Num_of_Shops) FROM manufacturer AS T1 WHERE T1.Open_Year < 1990
SELECT T3.Furniture_ID, count(*) FROM furniture_manufacte AS T1 JOIN manufacturer AS T2 JOIN furniture AS T3 ON T1.Manufacturer_ID = T2.Manufacturer_ID AND T1.Furniture_ID = T3.Furniture_ID GROUP BY T3.Furniture_ID ORDER BY count(*) DESC LIMIT 1
SELECT count(*), T1.Name FROM manufacturer AS T1 GROUP BY T1.Name
SELECT T2.Name, T1.Price_in_Dollar FROM furniture_manufacte AS T1 JOIN furniture AS T2 JOIN manufacturer AS T3 ON T1.Furniture_ID = T2.Furniture_ID AND T1.Manufacturer_ID = T3.Manufacturer_ID
SELECT T1.Market_Rate, T1.Name FROM furniture AS T1 WHERE T1.Furniture_ID NOT IN (SELECT T2.Furniture_ID FROM furniture_manufacte AS T2)
SELECT T1.Name FROM furniture AS T1 WHERE T1.Num_of_Component < 6 INTERSECT SELECT T2.Name FROM furniture AS T2 WHERE T2.Num_of_Component > 10
SELECT count(*) FROM film AS T1
SELECT count(*) FROM film AS T1
SELECT DISTINCT T1.Director FROM film AS T1
SELECT DISTINCT T1.Director FROM film AS T1
SELECT avg(T1.Gross_in_dollar) FROM film AS T1
SELECT avg(T1.Gross_in_dollar) FROM film AS T1
SELECT min(T1.Low_Estimate), T1.High_Estimate FROM film_market_estimation AS T1
SELECT min(T1.Low_Estimate), T1.High_Estimate FROM film_market_estimation AS T1
SELECT T1.Type FROM film_market_estimation AS T1 WHERE T1.Year = 1995
SELECT T1.Type FROM film_market_estimation AS T1 WHERE T1.Year = 1995
SELECT max(T1.Number_cities), min(T1.Number_cities) FROM market AS T1
SELECT max(T1.Number_cities), min(T1.Number_cities) FROM market AS T1
SELECT count(*) FROM market AS T1 WHERE T1.Number_cities < 300
SELECT count(*) FROM market AS T1 WHERE T1.Number_cities < 300
SELECT T1.Country FROM market AS T1 ORDER BY T1.Country
SELECT T1.Country FROM market AS T1 ORDER BY T1.Country
SELECT T1.Country FROM market AS T1 ORDER BY T1.Number_cities DESC
SELECT T1.Country, count(*) FROM market AS T1 GROUP BY T1.Country ORDER BY count(*) DESC
SELECT T2.Title, T1.Type FROM film_market_estimation AS T1 JOIN film AS T2 ON T1.Film_ID = T2.Film_ID
SELECT T2.Title, T1.Type FROM film_market_estimation AS T1 JOIN film AS T2 ON T1.Film_ID = T2.Film_ID
SELECT DISTINCT T2.Director FROM film_market_estimation AS T1 JOIN film AS T2 ON T1.Film_ID = T2.Film_ID WHERE T1.Year = 1995
SELECT DISTINCT T2.Director FROM film_market_estimation AS T1 JOIN film AS T2 ON T1.Film_ID = T2.Film_ID WHERE T1.High_Estimate = 1995
SELECT avg(T2.Number_cities) FROM film_market_estimation AS T1 JOIN market AS T2 ON T1.Market_ID = T2.Market_ID WHERE T1.Low_Estimate > 10000
SELECT avg(T1.Number_cities) FROM market AS T1 JOIN film_market_estimation AS T2 ON T2.Market_ID = T1.Market_ID WHERE T2.Low_Estimate > 10000
SELECT T2.Country, T1.Year FROM film_market_estimation AS T1 JOIN market AS T2 ON T1.Market_ID = T2.Market_ID
SELECT T2.Country, T1.Year FROM film_market_estimation AS T1 JOIN market AS T2 ON T1.Market_ID = T2.Market_ID
SELECT T1.Year FROM film_market_estimation AS T1 JOIN market AS T2 ON T1.Market_ID = T2.Market_ID WHERE T2.Country = 'Japan' ORDER BY T2.Country DESC
SELECT T1.Year FROM film_market_estimation AS T1 JOIN market AS T2 ON T1.Market_ID = T2.Market_ID WHERE T2.Country = 'Japan' ORDER BY T1.Year DESC
SELECT T1.Studio, count(*) FROM film AS T1 GROUP BY T1.Studio
SELECT T1.Title, T1.Studio FROM film AS T1
SELECT T1.Studio FROM film AS T1 GROUP BY T1.Studio ORDER BY count(*) DESC LIMIT 1
SELECT T1.Studio FROM film AS T1 GROUP BY T1.Studio ORDER BY count(*) DESC LIMIT 1
SELECT T1.Studio FROM film AS T1 GROUP BY T1.Studio HAVING count(*) >= 2
SELECT T1.Studio FROM film AS T1 GROUP BY T1.Studio HAVING count(*) >= 2
SELECT T1.Title FROM film AS T1 WHERE T1.Film_ID NOT IN (SELECT T2.Film_ID FROM film_market_estimation AS T2)
SELECT T1.Title FROM film AS T1 WHERE T1.Film_ID NOT IN (SELECT T2.Film_ID FROM film_market_estimation AS T2)
SELECT T1.Studio FROM film AS T1 WHERE T1.Director = 'Nicholas Meyer' AND T1.Director = 'Walter Hill'
SELECT T1.Studio FROM film AS T1 WHERE T1.Director = 'Nicholas Meyer' INTERSECT SELECT T2.Studio FROM film AS T2 WHERE T2.Title = 'Walter Hill'
SELECT T1.Title, T1.Studio FROM film AS T1 WHERE T1.Studio LIKE '%Universal%'
SELECT T1.Title, T1.Studio FROM film AS T1 WHERE T1.Studio LIKE '%Universal%'
SELECT T1.Studio FROM film AS T1 EXCEPT SELECT T2.Studio FROM film AS T2 WHERE T2.Director = 'Walter Hill'
SELECT T1.Studio FROM film AS T1 EXCEPT SELECT T2.Studio FROM film AS T2 WHERE T2.Director = 'Walter Hill'
SELECT T1.Studio FROM film AS T1 GROUP BY T1.Studio HAVING avg(T1.Gross_in_dollar) > 4500000
SELECT T1.Studio FROM film AS T1 GROUP BY T1.Studio HAVING avg(T1.Gross_in_dollar) > 4500000
SELECT T2.Title FROM film_market_estimation AS T1 JOIN film AS T2 ON T1.Film_ID = T2.Film_ID GROUP BY T1.Film_ID ORDER BY count(*) DESC LIMIT 1
SELECT T2.Title FROM film_market_estimation AS T1 JOIN film AS T2 ON T1.Film_ID = T2.Film_ID ORDER BY T1.High_Estimate DESC LIMIT 1
SELECT T1.Title, T1.Director FROM film AS T1 WHERE T1.Film_ID NOT IN (SELECT T4.Film_ID FROM film AS T2 JOIN market AS T3 JOIN film_market_estimation AS T4 ON T4.Market_ID = T3.Market_ID WHERE T3.Country = 'China')
SELECT T1.Title, T1.Director FROM film AS T1 WHERE T1.Film_ID NOT IN (SELECT T2.Film_ID FROM film_market_estimation AS T2 JOIN market AS T3 ON T2.Market_ID = T3.Market_ID WHERE T3.Country = 'China')
SELECT count(*) FROM PersonFriend AS T1 JOIN Person AS T2 ON T1.friend = T2.name WHERE T2.city = 'Dan'
SELECT count(*) FROM PersonFriend AS T1 JOIN Person AS T2 ON T1.friend = T2.name WHERE T2.city = 'Dan'
SELECT count(*) FROM Person AS T1 WHERE T1.gender = 'value'
SELECT count(*) FROM Person AS T1 WHERE T1.gender = 'value'
SELECT avg(T1.age) FROM Person AS T1
SELECT avg(T1.age) FROM Person AS T1
SELECT count(DISTINCT T1.city) FROM Person AS T1
SELECT count(DISTINCT T1.city) FROM Person AS T1
SELECT count(DISTINCT T1.job) FROM Person AS T1
SELECT count(DISTINCT T1.job) FROM Person AS T1
SELECT T1.age FROM Person AS T1 ORDER BY T1.age DESC LIMIT 1
SELECT T1.name FROM Person AS T1 ORDER BY T1.age DESC LIMIT 1
SELECT T1.age FROM Person AS T1 WHERE T1.job = 'value' ORDER BY T1.job DESC LIMIT 1
SELECT T1.name FROM Person AS T1 ORDER BY T1.age DESC LIMIT 1
SELECT T1.age FROM Person AS T1 ORDER BY T1.gender DESC LIMIT 1
SELECT T1.name FROM Person AS T1 ORDER BY T1.gender LIMIT 1
SELECT T1.age FROM Person AS T1 WHERE T1.name = 'Zach'
SELECT T1.age FROM Person AS T1 WHERE T1.name = 'Zach'
SELECT T1.age FROM Person AS T1 WHERE T1.age < 30
SELECT T1.name FROM Person AS T1 WHERE T1.age < 30
SELECT count(*) FROM Person AS T1 WHERE T1.job > 30 AND T1.job = 'value'
SELECT count(*) FROM Person AS T1 WHERE T1.age > 30
SELECT avg(T1.age), T1.gender FROM Person AS T1 GROUP BY T1.gender
SELECT avg(T1.age), T1.gender FROM Person AS T1 GROUP BY T1.gender
SELECT avg(T1.age), T1.job FROM Person AS T1 GROUP BY T1.job
SELECT avg(T1.age), T1.job FROM Person AS T1 GROUP BY T1.job
SELECT avg(T1.age), T1.gender FROM Person AS T1 WHERE T1.job = 'value' GROUP BY T1.gender
SELECT avg(T1.age), T1.gender FROM Person AS T1 GROUP BY T1.job
SELECT min(T1.age), T1.job FROM Person AS T1 WHERE T1.job = 'value' GROUP BY T1.job
SELECT T1.age, T1.job FROM Person AS T1 ORDER BY T1.job DESC LIMIT 1
SELECT count(*), T1.gender FROM Person AS T1 WHERE T1.age < 40 GROUP BY T1.gender
SELECT count(*), T1.gender FROM Person AS T1 WHERE T1.age < 40 GROUP BY T1.gender
SELECT T1.name FROM Person AS T1 WHERE T1.age > (SELECT min(T2.age) FROM Person AS T2 WHERE T2.age = 'value' ORDER BY T2.age) ORDER BY T1.age
SELECT T1.name FROM Person AS T1 WHERE T1.age > (SELECT min(T2.age) FROM Person AS T2 WHERE T2.age = 1 ORDER BY T2.age) ORDER BY T1.age
SELECT count(*) FROM Person AS T1 WHERE T1.age > (SELECT min(T2.age) FROM Person AS T2 WHERE T2.age = 'value')
SELECT count(*) FROM Person AS T1 WHERE T1.age != 'value'
SELECT T1.name, T1.job FROM Person AS T1 ORDER BY T1.name
SELECT T1.name, T1.job FROM Person AS T1 ORDER BY T1.name
SELECT T1.name FROM Person AS T1 ORDER BY T1.age DESC
SELECT T1.name FROM Person AS T1 ORDER BY T1.age DESC
SELECT T1.name, T1.gender FROM Person AS T1 ORDER BY T1.age
SELECT T1.name, T1.age FROM Person AS T1 ORDER BY T1.age
SELECT T1.name, T1.age FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T2.friend = 'Dan' INTERSECT SELECT T4.name, T3.age FROM Person AS T3 JOIN PersonFriend AS T4 ON T4.friend = T3.name WHERE T4.friend = 'Alice'
SELECT T1.name, T1.age FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T2.friend = 'Dan' INTERSECT SELECT T4.name, T3.age FROM Person AS T3 JOIN PersonFriend AS T4 ON T4.friend = T3.name WHERE T4.friend = 'Alice'
SELECT T1.name, T1.age FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T2.friend = 'Dan' OR T2.friend = 'Alice'
SELECT DISTINCT T1.name, T1.age FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T2.year = 'value' OR T2.year = 'value'
SELECT T2.name FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T1.age > 40 INTERSECT SELECT T4.name FROM Person AS T3 JOIN PersonFriend AS T4 ON T4.friend = T3.name WHERE T3.age < 30
SELECT T1.name FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T2.year > 40 INTERSECT SELECT T3.name FROM PersonFriend AS T3 WHERE T3.year < 30
SELECT T2.name FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T1.age > 40 EXCEPT SELECT T4.name FROM Person AS T3 JOIN PersonFriend AS T4 ON T4.friend = T3.name WHERE T3.age < 30
SELECT T1.name FROM Person AS T1 WHERE T1.age > 40 EXCEPT SELECT T2.name FROM Person AS T2 WHERE T2.age < 30
SELECT T1.name FROM Person AS T1 WHERE T1.name NOT IN (SELECT T2.name FROM PersonFriend AS T2 WHERE T2.friend = 'value')
SELECT T1.name FROM Person AS T1 WHERE T1.name NOT IN (SELECT T2.name FROM PersonFriend AS T2 WHERE T2.friend = 'value')
SELECT T1.name FROM PersonFriend AS T1 GROUP BY T1.name HAVING count(*) = 1
SELECT T1.name FROM PersonFriend AS T1 GROUP BY T1.name HAVING count(*) = 1
SELECT T1.friend FROM PersonFriend AS T1 WHERE T1.year = 'value'
SELECT T1.friend FROM PersonFriend AS T1 WHERE T1.year = 'value'
SELECT T1.name FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T2.friend = 'Bob'
SELECT T1.name FROM PersonFriend AS T1 WHERE T1.friend = 'Bob''s'
SELECT T1.name FROM Person AS T1 WHERE T1.gender = 'Zach'
SELECT T1.name FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T2.friend = 'Zach'
SELECT T1.gender FROM Person AS T1 WHERE T1.gender = 'Alice'
SELECT T2.friend FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T1.gender = 'Alice'
SELECT T1.gender FROM Person AS T1 WHERE T1.job = 'Alice'
SELECT T1.friend FROM PersonFriend AS T1 WHERE T1.year = 'value'
SELECT T2.friend FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T1.city = 'value'
SELECT T1.name FROM Person AS T1 WHERE T1.city = 'New York'
SELECT DISTINCT T2.friend FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T1.age > (SELECT avg(T3.age) FROM Person AS T3)
SELECT DISTINCT T2.name FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T1.age < (SELECT avg(T3.age) FROM Person AS T3)
SELECT T1.name FROM Person AS T1 WHERE T1.age > (SELECT avg(T3.age) FROM PersonFriend AS T2 JOIN Person AS T3 ON T2.friend = T3.name)
SELECT T1.name, T2.friend, T1.age FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T1.age > (SELECT avg(T3.age) FROM Person AS T3)
SELECT T1.friend FROM PersonFriend AS T1 JOIN PersonFriend AS T2 WHERE T1.year = 'value' ORDER BY T1.year DESC LIMIT 1
SELECT T2.friend FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T2.year = 'value' ORDER BY T2.year DESC LIMIT 1
SELECT T1.age FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T2.year = 'value' ORDER BY T2.year DESC LIMIT 1
SELECT T1.age FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T2.year = 'value' ORDER BY T2.year DESC LIMIT 1
SELECT T1.name FROM PersonFriend AS T1 JOIN Person AS T2 ON T1.friend = T2.name WHERE T1.year = 'value' ORDER BY T1.year LIMIT 1
SELECT T1.name FROM PersonFriend AS T1 JOIN Person AS T2 ON T1.friend = T2.name WHERE T1.year = 'value' ORDER BY T1.year LIMIT 1
SELECT T1.name, T1.age, T1.job FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T2.year = 'value' ORDER BY T2.year DESC LIMIT 1
SELECT T1.name, T1.age, T1.job FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name WHERE T2.friend = 'Alice' ORDER BY T2.year DESC LIMIT 1
SELECT T1.age FROM Person AS T1 WHERE T1.name NOT IN (SELECT T2.name FROM PersonFriend AS T2)
SELECT T1.name FROM Person AS T1 WHERE T1.name NOT IN (SELECT T2.name FROM PersonFriend AS T2)
SELECT T1.city FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name GROUP BY T2.friend ORDER BY avg(T1.age) DESC LIMIT 1
SELECT T1.name, avg(T1.age) FROM Person AS T1 JOIN PersonFriend AS T2 ON T2.friend = T1.name GROUP BY T1.name ORDER BY avg(T1.age) DESC LIMIT 1
SELECT sum(T1.age) FROM Person AS T1 WHERE T1.name NOT IN (SELECT T2.name FROM PersonFriend AS T2 JOIN Person AS T3 ON T2.friend = T3.name WHERE T3.city = 'Austin')
SELECT count(*) FROM Person AS T1 WHERE T1.name NOT IN (SELECT T2.name FROM PersonFriend AS T2 WHERE T2.friend = 'Austin')
SELECT DISTINCT T1.friend FROM PersonFriend AS T1
SELECT T1.name FROM PersonFriend AS T1 WHERE T1.friend = 'Alice''s'
SELECT count(*) FROM Premises AS T1
SELECT DISTINCT T1.premises_type FROM Premises AS T1
SELECT T1.premises_type, T1.premise_details, T1.premise_details FROM Premises AS T1
SELECT T1.premises_type, count(*) FROM Premises AS T1 GROUP BY T1.premises_type
SELECT T2.product_category, count(*) FROM Mailshot_Campaigns AS T1 JOIN Products AS T2 GROUP BY T2.product_category
SELECT T1.customer_name, T1.customer_phone FROM Customers AS T1 WHERE T1.customer_id NOT IN (SELECT T2.customer_id FROM Mailshot_Customers AS T2)
SELECT T1.customer_name, T1.customer_phone FROM Customers AS T1 JOIN Mailshot_Customers AS T2 ON T2.customer_id = T1.customer_id WHERE T2.outcome_code = 'No Response'
SELECT T1.outcome_code, count(*) FROM Mailshot_Customers AS T1 GROUP BY T1.outcome_code
SELECT T1.customer_name FROM Customers AS T1 JOIN Mailshot_Customers AS T2 ON T2.customer_id = T1.customer_id GROUP BY T2.customer_id HAVING count(*) >= 2
SELECT T1.customer_name FROM Customers AS T1 JOIN Mailshot_Customers AS T2 ON T2.customer_id = T1.customer_id GROUP BY T1.customer_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.customer_name, T1.payment_method FROM Customers AS T1 JOIN Mailshot_Customers AS T2 ON T2.customer_id = T1.customer_id WHERE T2.outcome_code = 'Order' INTERSECT SELECT T3.customer_name, T3.payment_method FROM Customers AS T3 JOIN Mailshot_Customers AS T4 ON T4.customer_id = T3.customer_id WHERE T4.outcome_code = 'No Response'
SELECT T1.address_type_code, T1.address_type_code FROM Customer_Addresses AS T1
SELECT DISTINCT T1.address_type_code FROM Customer_Addresses AS T1
SELECT T1.order_shipping_charges, T1.customer_id FROM Customer_Orders AS T1 WHERE T1.order_status_code = 'Cancelled' OR T1.order_status_code = 'Paid'
SELECT T1.customer_name FROM Customers AS T1 JOIN Customer_Orders AS T2 ON T2.customer_id = T1.customer_id WHERE T2.shipping_method_code = 'FedEx' AND T2.shipping_method_code = 'Paid'
SELECT T1.order_id FROM Orders AS T1 ORDER BY T1.date_order_placed DESC LIMIT 1
SELECT T1.order_id FROM Orders AS T1 ORDER BY T1.date_order_placed DESC LIMIT 1
SELECT T1.order_id, T1.customer_id FROM Orders AS T1 ORDER BY T1.date_order_placed LIMIT 1
SELECT T1.order_id, T1.customer_id FROM Orders AS T1 ORDER BY T1.date_order_placed LIMIT 1
SELECT T1.order_id FROM Shipments AS T1 WHERE T1.shipment_tracking_number = '3452'
SELECT T1.shipment_tracking_number FROM Shipments AS T1 WHERE T1.shipment_tracking_number = '3452'
SELECT T1.order_item_id FROM Order_Items AS T1 WHERE T1.product_id = 11
SELECT T1.order_item_id FROM Order_Items AS T1 WHERE T1.product_id = 11
SELECT DISTINCT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id WHERE T2.order_status = 'Packing'
SELECT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id WHERE T2.order_status = 'Packing'
SELECT DISTINCT T1.customer_details FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id WHERE T2.order_status = 'On Road'
SELECT DISTINCT T1.customer_details FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id WHERE T2.order_status = 'On Road'
SELECT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id GROUP BY T2.customer_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id GROUP BY T1.customer_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.customer_id FROM Orders AS T1 GROUP BY T1.customer_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.customer_id FROM Orders AS T1 GROUP BY T1.customer_id ORDER BY count(*) DESC LIMIT 1
SELECT T2.order_id, T2.order_status FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id WHERE T1.customer_name = 'Jeramie'
SELECT T2.order_id, T2.order_status FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id WHERE T1.customer_name = 'Jeramie'
SELECT T2.date_order_placed FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id WHERE T1.customer_name = 'Jeramie'
SELECT T2.date_order_placed FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id WHERE T1.customer_name = 'Jeramie'
SELECT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id WHERE T2.date_order_placed BETWEEN 2009 AND 1
SELECT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id WHERE T2.order_status = 2009 AND T2.date_order_placed < 1
SELECT DISTINCT T1.product_id FROM Order_Items AS T1 JOIN Orders AS T2 ON T1.order_id = T2.order_id WHERE T2.date_order_placed BETWEEN 1975 AND 1
SELECT DISTINCT T1.product_id FROM Order_Items AS T1 JOIN Orders AS T2 ON T1.order_id = T2.order_id WHERE T2.date_order_placed BETWEEN 1975 AND 1
SELECT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id WHERE T2.order_status = 'On Road' INTERSECT SELECT T3.customer_name FROM Customers AS T3 JOIN Orders AS T4 ON T4.customer_id = T3.customer_id WHERE T4.order_status = 'Shipped'
SELECT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id WHERE T2.order_status = 'On Road' INTERSECT SELECT T3.customer_name FROM Customers AS T3 JOIN Orders AS T4 ON T4.customer_id = T3.customer_id WHERE T4.order_status = 'Shipped'
SELECT T1.customer_id FROM Orders AS T1 WHERE T1.order_status = 'On Road' INTERSECT SELECT T2.customer_id FROM Orders AS T2 WHERE T2.order_status = 'Shipped'
SELECT T1.customer_id FROM Orders AS T1 WHERE T1.order_status = 'On Road' INTERSECT SELECT T2.customer_id FROM Orders AS T2 WHERE T2.order_status = 'Shipped'
SELECT T1.date_order_placed FROM Orders AS T1 JOIN Shipments AS T2 ON T2.order_id = T1.order_id WHERE T2.shipment_tracking_number = 3452
SELECT T1.shipment_tracking_number FROM Shipments AS T1 WHERE T1.shipment_tracking_number = 3452
SELECT T1.date_order_placed FROM Orders AS T1 JOIN Shipments AS T2 ON T2.order_id = T1.order_id WHERE T2.invoice_number = 10
SELECT T1.order_status FROM Orders AS T1 WHERE T1.date_order_placed = 10
SELECT count(*), T1.product_id FROM Order_Items AS T1 GROUP BY T1.product_id
SELECT T1.product_id, count(*) FROM Order_Items AS T1 JOIN Products AS T2 ON T1.product_id = T2.product_id GROUP BY T1.product_id
SELECT T1.product_name, count(*) FROM Products AS T1 JOIN Order_Items AS T2 ON T2.product_id = T1.product_id GROUP BY T2.product_id
SELECT T1.product_name, count(*) FROM Products AS T1 JOIN Order_Items AS T2 ON T2.product_id = T1.product_id GROUP BY T1.product_name
SELECT T2.order_id FROM Shipments AS T1 JOIN Orders AS T2 ON T1.order_id = T2.order_id WHERE T1.shipment_date > 2000
SELECT T1.order_id FROM Shipments AS T1 WHERE T1.shipment_date > 2000
SELECT T1.order_id FROM Shipments AS T1 ORDER BY T1.shipment_date DESC LIMIT 1
SELECT T1.order_id FROM Shipments AS T1 ORDER BY T1.shipment_date DESC LIMIT 1
SELECT DISTINCT T1.product_name FROM Products AS T1 ORDER BY T1.product_name
SELECT DISTINCT T1.product_name FROM Products AS T1 ORDER BY T1.product_name
SELECT DISTINCT T1.order_id FROM Orders AS T1 ORDER BY T1.date_order_placed
SELECT DISTINCT T1.order_id FROM Orders AS T1 ORDER BY T1.date_order_placed
SELECT T1.order_id FROM Order_Items AS T1 GROUP BY T1.order_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.order_id FROM Order_Items AS T1 GROUP BY T1.order_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id GROUP BY T2.customer_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id GROUP BY T2.customer_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.invoice_number FROM Invoices AS T1 WHERE T1.invoice_date > 1989 OR T1.invoice_date > 9
SELECT T1.invoice_number FROM Invoices AS T1 WHERE T1.invoice_date < 1989 OR T1.invoice_date > 9
SELECT DISTINCT T1.invoice_details FROM Invoices AS T1 WHERE T1.invoice_date < 1989 OR T1.invoice_date > 9
SELECT DISTINCT T1.invoice_details FROM Invoices AS T1 WHERE T1.invoice_date < 1989 OR T1.invoice_date > 9
SELECT T1.customer_name, count(*) FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id GROUP BY T1.customer_id HAVING count(*) >= 2
SELECT T1.customer_name, count(*) FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id GROUP BY T2.customer_id HAVING count(*) >= 2
SELECT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id GROUP BY T2.customer_id HAVING count(*) >= 2
SELECT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2 ON T2.customer_id = T1.customer_id GROUP BY T2.customer_id HAVING count(*) >= 2
SELECT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2 JOIN Order_Items AS T3 JOIN Products AS T4 ON T2.customer_id = T1.customer_id AND T3.order_id = T2.order_id AND T3.product_id = T4.product_id WHERE T4.product_name = 'food'
SELECT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2 JOIN Order_Items AS T3 JOIN Products AS T4 ON T2.customer_id = T1.customer_id AND T3.order_id = T2.order_id AND T3.product_id = T4.product_id WHERE T4.product_name = 'food' GROUP BY T1.customer_name HAVING count(*) >= 'value'
SELECT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2 JOIN Order_Items AS T3 JOIN Products AS T4 ON T2.customer_id = T1.customer_id AND T3.order_id = T2.order_id AND T3.product_id = T4.product_id WHERE T4.product_name = 'food'
SELECT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2 JOIN Order_Items AS T3 ON T2.customer_id = T1.customer_id AND T3.order_id = T2.order_id WHERE T3.order_item_status = 'food'

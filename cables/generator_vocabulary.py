"""Word lists for the synthetic cable generator: posts, countries, names, topics.

Everything here is invented for this project. Posts, countries, cities and
international organizations are real public names; every person, party,
company, newspaper and sentence is fictional and written for the generator.
The fictional cast is built from these lists by ``generator.build_world()``.
"""

import random
import zlib
from dataclasses import dataclass

# Posts: (id name, text name, FM routing, routing code, country tag, weight, first year, last year)
# The id name is the post as it appears in reference ids (08RIODEJANEIRO12), the text
# name as it appears in classification lines and REF lines (RIO DE JANEIRO 12).
POSTS = (
    ("STATE", "STATE", "SECSTATE WASHDC", "RUEHC", "", 60, 1966, 2010),
    ("BAGHDAD", "BAGHDAD", "AMEMBASSY BAGHDAD", "RUEHGB", "IZ", 40, 2004, 2010),
    ("TOKYO", "TOKYO", "AMEMBASSY TOKYO", "RUEHKO", "JA", 34, 1966, 2010),
    ("ANKARA", "ANKARA", "AMEMBASSY ANKARA", "RUEHAK", "TU", 28, 1966, 2010),
    ("AMMAN", "AMMAN", "AMEMBASSY AMMAN", "RUEHAM", "JO", 24, 1966, 2010),
    ("BEIJING", "BEIJING", "AMEMBASSY BEIJING", "RUEHBJ", "CH", 30, 1979, 2010),
    ("MOSCOW", "MOSCOW", "AMEMBASSY MOSCOW", "RUEHMO", "RS", 30, 1966, 2010),
    ("PARIS", "PARIS", "AMEMBASSY PARIS", "RUEHFR", "FR", 22, 1966, 2010),
    ("LONDON", "LONDON", "AMEMBASSY LONDON", "RUEHLO", "UK", 20, 1966, 2010),
    ("BONN", "BONN", "AMEMBASSY BONN", "RUEHBB", "GM", 10, 1966, 1999),
    ("BERLIN", "BERLIN", "AMEMBASSY BERLIN", "RUEHRL", "GM", 20, 1999, 2010),
    ("ROME", "ROME", "AMEMBASSY ROME", "RUEHRO", "IT", 17, 1966, 2010),
    ("MADRID", "MADRID", "AMEMBASSY MADRID", "RUEHMD", "SP", 14, 1966, 2010),
    ("THEHAGUE", "THE HAGUE", "AMEMBASSY THE HAGUE", "RUEHTC", "NL", 13, 1966, 2010),
    ("BRUSSELS", "BRUSSELS", "AMEMBASSY BRUSSELS", "RUEHBS", "BE", 10, 1966, 2010),
    ("VIENNA", "VIENNA", "AMEMBASSY VIENNA", "RUEHVI", "AU", 10, 1966, 2010),
    ("BERN", "BERN", "AMEMBASSY BERN", "RUEHSW", "SZ", 7, 1966, 2010),
    ("STOCKHOLM", "STOCKHOLM", "AMEMBASSY STOCKHOLM", "RUEHSM", "SW", 8, 1966, 2010),
    ("OSLO", "OSLO", "AMEMBASSY OSLO", "RUEHNY", "NO", 8, 1966, 2010),
    ("COPENHAGEN", "COPENHAGEN", "AMEMBASSY COPENHAGEN", "RUEHCP", "DA", 6, 1966, 2010),
    ("HELSINKI", "HELSINKI", "AMEMBASSY HELSINKI", "RUEHHE", "FI", 6, 1966, 2010),
    ("DUBLIN", "DUBLIN", "AMEMBASSY DUBLIN", "RUEHDL", "EI", 5, 1966, 2010),
    ("REYKJAVIK", "REYKJAVIK", "AMEMBASSY REYKJAVIK", "RUEHRK", "IC", 4, 1966, 2010),
    ("LISBON", "LISBON", "AMEMBASSY LISBON", "RUEHLI", "PO", 6, 1966, 2010),
    ("ATHENS", "ATHENS", "AMEMBASSY ATHENS", "RUEHTH", "GR", 8, 1966, 2010),
    ("WARSAW", "WARSAW", "AMEMBASSY WARSAW", "RUEHWR", "PL", 10, 1966, 2010),
    ("PRAGUE", "PRAGUE", "AMEMBASSY PRAGUE", "RUEHPG", "EZ", 8, 1966, 2010),
    ("BUDAPEST", "BUDAPEST", "AMEMBASSY BUDAPEST", "RUEHUP", "HU", 7, 1966, 2010),
    ("BUCHAREST", "BUCHAREST", "AMEMBASSY BUCHAREST", "RUEHBM", "RO", 7, 1966, 2010),
    ("SOFIA", "SOFIA", "AMEMBASSY SOFIA", "RUEHSF", "BU", 7, 1966, 2010),
    ("BELGRADE", "BELGRADE", "AMEMBASSY BELGRADE", "RUEHBW", "SR", 8, 1966, 2010),
    ("ZAGREB", "ZAGREB", "AMEMBASSY ZAGREB", "RUEHVB", "HR", 6, 1992, 2010),
    ("KIEV", "KIEV", "AMEMBASSY KIEV", "RUEHKV", "UP", 12, 1992, 2010),
    ("TBILISI", "TBILISI", "AMEMBASSY TBILISI", "RUEHSI", "GG", 12, 1992, 2010),
    ("BAKU", "BAKU", "AMEMBASSY BAKU", "RUEHKB", "AJ", 10, 1992, 2010),
    ("YEREVAN", "YEREVAN", "AMEMBASSY YEREVAN", "RUEHYE", "AM", 8, 1992, 2010),
    ("ALMATY", "ALMATY", "AMEMBASSY ALMATY", "RUEHTA", "KZ", 7, 1992, 2006),
    ("ASTANA", "ASTANA", "AMEMBASSY ASTANA", "RUEHTA", "KZ", 8, 2006, 2010),
    ("TASHKENT", "TASHKENT", "AMEMBASSY TASHKENT", "RUEHNT", "UZ", 8, 1992, 2010),
    ("ASHGABAT", "ASHGABAT", "AMEMBASSY ASHGABAT", "RUEHAH", "TX", 6, 1992, 2010),
    ("DUSHANBE", "DUSHANBE", "AMEMBASSY DUSHANBE", "RUEHDBU", "TI", 5, 1992, 2010),
    ("BISHKEK", "BISHKEK", "AMEMBASSY BISHKEK", "RUEHEK", "KG", 6, 1992, 2010),
    ("NEWDELHI", "NEW DELHI", "AMEMBASSY NEW DELHI", "RUEHNE", "IN", 18, 1966, 2010),
    ("ISLAMABAD", "ISLAMABAD", "AMEMBASSY ISLAMABAD", "RUEHIL", "PK", 18, 1966, 2010),
    ("KABUL", "KABUL", "AMEMBASSY KABUL", "RUEHBUL", "AF", 22, 2002, 2010),
    ("DHAKA", "DHAKA", "AMEMBASSY DHAKA", "RUEHKA", "BG", 8, 1972, 2010),
    ("COLOMBO", "COLOMBO", "AMEMBASSY COLOMBO", "RUEHLM", "CE", 8, 1966, 2010),
    ("KATHMANDU", "KATHMANDU", "AMEMBASSY KATHMANDU", "RUEHKT", "NP", 6, 1966, 2010),
    ("TELAVIV", "TEL AVIV", "AMEMBASSY TEL AVIV", "RUEHTV", "IS", 20, 1966, 2010),
    ("JERUSALEM", "JERUSALEM", "AMCONSUL JERUSALEM", "RUEHJM", "IS", 7, 1966, 2010),
    ("CAIRO", "CAIRO", "AMEMBASSY CAIRO", "RUEHEG", "EG", 20, 1974, 2010),
    ("RIYADH", "RIYADH", "AMEMBASSY RIYADH", "RUEHRH", "SA", 14, 1984, 2010),
    ("JEDDAH", "JEDDAH", "AMCONSUL JEDDAH", "RUEHJI", "SA", 3, 1966, 2010),
    ("KUWAIT", "KUWAIT", "AMEMBASSY KUWAIT", "RUEHKU", "KU", 12, 1966, 2010),
    ("DOHA", "DOHA", "AMEMBASSY DOHA", "RUEHDO", "QA", 6, 1972, 2010),
    ("MANAMA", "MANAMA", "AMEMBASSY MANAMA", "RUEHMK", "BA", 8, 1972, 2010),
    ("ABUDHABI", "ABU DHABI", "AMEMBASSY ABU DHABI", "RUEHAD", "AE", 8, 1972, 2010),
    ("DUBAI", "DUBAI", "AMCONSUL DUBAI", "RUEHDE", "AE", 4, 1972, 2010),
    ("MUSCAT", "MUSCAT", "AMEMBASSY MUSCAT", "RUEHMS", "MU", 5, 1972, 2010),
    ("SANAA", "SANAA", "AMEMBASSY SANAA", "RUEHYN", "YM", 7, 1972, 2010),
    ("BEIRUT", "BEIRUT", "AMEMBASSY BEIRUT", "RUEHLB", "LE", 12, 1966, 2010),
    ("DAMASCUS", "DAMASCUS", "AMEMBASSY DAMASCUS", "RUEHDM", "SY", 8, 1974, 2010),
    ("TRIPOLI", "TRIPOLI", "AMEMBASSY TRIPOLI", "RUEHTRO", "LY", 6, 2006, 2010),
    ("TUNIS", "TUNIS", "AMEMBASSY TUNIS", "RUEHTU", "TS", 8, 1966, 2010),
    ("ALGIERS", "ALGIERS", "AMEMBASSY ALGIERS", "RUEHAS", "AG", 7, 1966, 2010),
    ("RABAT", "RABAT", "AMEMBASSY RABAT", "RUEHRB", "MO", 9, 1966, 2010),
    ("TEHRAN", "TEHRAN", "AMEMBASSY TEHRAN", "RUQMHR", "IR", 8, 1966, 1979),
    ("RPODUBAI", "RPO DUBAI", "RPO DUBAI", "RUEHDIR", "IR", 5, 2006, 2010),
    ("KHARTOUM", "KHARTOUM", "AMEMBASSY KHARTOUM", "RUEHKH", "SU", 10, 1966, 2010),
    ("ADDISABABA", "ADDIS ABABA", "AMEMBASSY ADDIS ABABA", "RUEHDS", "ET", 9, 1966, 2010),
    ("NAIROBI", "NAIROBI", "AMEMBASSY NAIROBI", "RUEHNR", "KE", 12, 1966, 2010),
    ("DARESSALAAM", "DAR ES SALAAM", "AMEMBASSY DAR ES SALAAM", "RUEHDR", "TZ", 6, 1966, 2010),
    ("KAMPALA", "KAMPALA", "AMEMBASSY KAMPALA", "RUEHKM", "UG", 6, 1966, 2010),
    ("KIGALI", "KIGALI", "AMEMBASSY KIGALI", "RUEHLGB", "RW", 4, 1966, 2010),
    ("BUJUMBURA", "BUJUMBURA", "AMEMBASSY BUJUMBURA", "RUEHJB", "BY", 3, 1966, 2010),
    ("KINSHASA", "KINSHASA", "AMEMBASSY KINSHASA", "RUEHKI", "CG", 7, 1966, 2010),
    ("ABUJA", "ABUJA", "AMEMBASSY ABUJA", "RUEHUJA", "NI", 10, 1992, 2010),
    ("LAGOS", "LAGOS", "AMCONSUL LAGOS", "RUEHOS", "NI", 4, 1966, 2010),
    ("ACCRA", "ACCRA", "AMEMBASSY ACCRA", "RUEHAR", "GH", 6, 1966, 2010),
    ("DAKAR", "DAKAR", "AMEMBASSY DAKAR", "RUEHDK", "SG", 6, 1966, 2010),
    ("LOME", "LOME", "AMEMBASSY LOME", "RUEHLOM", "TO", 3, 1966, 2010),
    ("PRETORIA", "PRETORIA", "AMEMBASSY PRETORIA", "RUEHSA", "SF", 12, 1966, 2010),
    ("HARARE", "HARARE", "AMEMBASSY HARARE", "RUEHSB", "ZI", 9, 1980, 2010),
    ("SEOUL", "SEOUL", "AMEMBASSY SEOUL", "RUEHUL", "KS", 16, 1966, 2010),
    ("TAIPEI", "TAIPEI", "AIT TAIPEI", "RUEHIN", "TW", 12, 1979, 2010),
    ("HONGKONG", "HONG KONG", "AMCONSUL HONG KONG", "RUEHHK", "HK", 6, 1966, 2010),
    ("SHANGHAI", "SHANGHAI", "AMCONSUL SHANGHAI", "RUEHGH", "CH", 6, 1981, 2010),
    ("GUANGZHOU", "GUANGZHOU", "AMCONSUL GUANGZHOU", "RUEHGZ", "CH", 4, 1981, 2010),
    ("SHENYANG", "SHENYANG", "AMCONSUL SHENYANG", "RUEHSH", "CH", 3, 1985, 2010),
    ("SAIGON", "SAIGON", "AMEMBASSY SAIGON", "RUMJIR", "VS", 6, 1966, 1975),
    ("HANOI", "HANOI", "AMEMBASSY HANOI", "RUEHHI", "VM", 8, 1995, 2010),
    ("BANGKOK", "BANGKOK", "AMEMBASSY BANGKOK", "RUEHBK", "TH", 12, 1966, 2010),
    ("JAKARTA", "JAKARTA", "AMEMBASSY JAKARTA", "RUEHJA", "ID", 12, 1966, 2010),
    ("KUALALUMPUR", "KUALA LUMPUR", "AMEMBASSY KUALA LUMPUR", "RUEHKL", "MY", 8, 1966, 2010),
    ("MANILA", "MANILA", "AMEMBASSY MANILA", "RUEHML", "RP", 10, 1966, 2010),
    ("SINGAPORE", "SINGAPORE", "AMEMBASSY SINGAPORE", "RUEHGP", "SN", 8, 1966, 2010),
    ("RANGOON", "RANGOON", "AMEMBASSY RANGOON", "RUEHGO", "BM", 6, 1966, 2010),
    ("CANBERRA", "CANBERRA", "AMEMBASSY CANBERRA", "RUEHBY", "AS", 8, 1966, 2010),
    ("WELLINGTON", "WELLINGTON", "AMEMBASSY WELLINGTON", "RUEHWL", "NZ", 5, 1966, 2010),
    ("OTTAWA", "OTTAWA", "AMEMBASSY OTTAWA", "RUEHOT", "CA", 10, 1966, 2010),
    ("MEXICO", "MEXICO", "AMEMBASSY MEXICO", "RUEHME", "MX", 14, 1966, 2010),
    ("MONTERREY", "MONTERREY", "AMCONSUL MONTERREY", "RUEHMC", "MX", 3, 1966, 2010),
    ("BRASILIA", "BRASILIA", "AMEMBASSY BRASILIA", "RUEHBR", "BR", 14, 1966, 2010),
    ("SAOPAULO", "SAO PAULO", "AMCONSUL SAO PAULO", "RUEHSO", "BR", 5, 1966, 2010),
    ("RIODEJANEIRO", "RIO DE JANEIRO", "AMCONSUL RIO DE JANEIRO", "RUEHRI", "BR", 3, 1966, 2010),
    ("BUENOSAIRES", "BUENOS AIRES", "AMEMBASSY BUENOS AIRES", "RUEHBU", "AR", 12, 1966, 2010),
    ("SANTIAGO", "SANTIAGO", "AMEMBASSY SANTIAGO", "RUEHSG", "CI", 9, 1966, 2010),
    ("LIMA", "LIMA", "AMEMBASSY LIMA", "RUEHPE", "PE", 9, 1966, 2010),
    ("BOGOTA", "BOGOTA", "AMEMBASSY BOGOTA", "RUEHBO", "CO", 12, 1966, 2010),
    ("CARACAS", "CARACAS", "AMEMBASSY CARACAS", "RUEHCV", "VE", 12, 1966, 2010),
    ("QUITO", "QUITO", "AMEMBASSY QUITO", "RUEHQT", "EC", 8, 1966, 2010),
    ("LAPAZ", "LA PAZ", "AMEMBASSY LA PAZ", "RUEHLP", "BL", 8, 1966, 2010),
    ("ASUNCION", "ASUNCION", "AMEMBASSY ASUNCION", "RUEHAC", "PA", 6, 1966, 2010),
    ("MONTEVIDEO", "MONTEVIDEO", "AMEMBASSY MONTEVIDEO", "RUEHMN", "UY", 6, 1966, 2010),
    ("PANAMA", "PANAMA", "AMEMBASSY PANAMA", "RUEHZP", "PM", 6, 1966, 2010),
    ("SANJOSE", "SAN JOSE", "AMEMBASSY SAN JOSE", "RUEHSJ", "CS", 7, 1966, 2010),
    ("MANAGUA", "MANAGUA", "AMEMBASSY MANAGUA", "RUEHMU", "NU", 6, 1966, 2010),
    ("TEGUCIGALPA", "TEGUCIGALPA", "AMEMBASSY TEGUCIGALPA", "RUEHTG", "HO", 6, 1966, 2010),
    ("GUATEMALA", "GUATEMALA", "AMEMBASSY GUATEMALA", "RUEHGT", "GT", 6, 1966, 2010),
    ("SANSALVADOR", "SAN SALVADOR", "AMEMBASSY SAN SALVADOR", "RUEHSN", "ES", 6, 1966, 2010),
    ("SANTODOMINGO", "SANTO DOMINGO", "AMEMBASSY SANTO DOMINGO", "RUEHDG", "DR", 6, 1966, 2010),
    ("PORTAUPRINCE", "PORT AU PRINCE", "AMEMBASSY PORT AU PRINCE", "RUEHPU", "HA", 6, 1966, 2010),
    ("HAVANA", "HAVANA", "USINT HAVANA", "RUEHUB", "CU", 7, 1977, 2010),
    ("KINGSTON", "KINGSTON", "AMEMBASSY KINGSTON", "RUEHKG", "JM", 4, 1966, 2010),
    ("USUNNEWYORK", "USUN NEW YORK", "USMISSION USUN NEW YORK", "RUCNDT", "", 14, 1966, 2010),
    ("USNATO", "USNATO", "USMISSION USNATO", "RUEHNO", "", 12, 1966, 2010),
    ("USEUBRUSSELS", "USEU BRUSSELS", "USEU BRUSSELS", "RUEHBS", "", 10, 1966, 2010),
    ("GENEVA", "GENEVA", "USMISSION GENEVA", "RUEHGV", "", 10, 1966, 2010),
    ("UNVIEVIENNA", "UNVIE VIENNA", "USMISSION UNVIE VIENNA", "RUEHUNV", "", 7, 1996, 2010),
    ("USOSCE", "USOSCE", "USMISSION USOSCE", "RUEHVEN", "", 5, 1995, 2010),
)

# Countries: tag -> (name, adjective, region, name pool, cities; the first is the capital).
COUNTRIES = {
    "IZ": ("Iraq", "Iraqi", "NEA", "arabic", ("Baghdad", "Basrah", "Mosul", "Kirkuk", "Najaf")),
    "JA": ("Japan", "Japanese", "EAP", "japanese", ("Tokyo", "Osaka", "Okinawa", "Nagoya")),
    "TU": ("Turkey", "Turkish", "EUR", "turkish", ("Ankara", "Istanbul", "Diyarbakir", "Izmir")),
    "JO": ("Jordan", "Jordanian", "NEA", "arabic", ("Amman", "Irbid", "Zarqa", "Aqaba")),
    "CH": ("China", "Chinese", "EAP", "chinese", ("Beijing", "Shanghai", "Guangzhou", "Urumqi")),
    "RS": ("Russia", "Russian", "EUR", "slavic", ("Moscow", "St. Petersburg", "Kazan", "Sochi")),
    "FR": ("France", "French", "EUR", "french", ("Paris", "Marseille", "Lyon", "Strasbourg")),
    "UK": ("the United Kingdom", "British", "EUR", "anglo", ("London", "Belfast", "Edinburgh")),
    "GM": ("Germany", "German", "EUR", "german", ("Berlin", "Munich", "Hamburg", "Frankfurt")),
    "IT": ("Italy", "Italian", "EUR", "italian", ("Rome", "Milan", "Naples", "Palermo")),
    "SP": ("Spain", "Spanish", "EUR", "hispanic", ("Madrid", "Barcelona", "Seville", "Bilbao")),
    "NL": ("the Netherlands", "Dutch", "EUR", "dutch", ("The Hague", "Amsterdam", "Rotterdam")),
    "BE": ("Belgium", "Belgian", "EUR", "dutch", ("Brussels", "Antwerp", "Liege", "Ghent")),
    "AU": ("Austria", "Austrian", "EUR", "german", ("Vienna", "Graz", "Salzburg", "Linz")),
    "SZ": ("Switzerland", "Swiss", "EUR", "german", ("Bern", "Zurich", "Geneva", "Basel")),
    "SW": ("Sweden", "Swedish", "EUR", "nordic", ("Stockholm", "Gothenburg", "Malmo")),
    "NO": ("Norway", "Norwegian", "EUR", "nordic", ("Oslo", "Bergen", "Tromso", "Stavanger")),
    "DA": ("Denmark", "Danish", "EUR", "nordic", ("Copenhagen", "Aarhus", "Odense")),
    "FI": ("Finland", "Finnish", "EUR", "nordic", ("Helsinki", "Tampere", "Turku")),
    "EI": ("Ireland", "Irish", "EUR", "anglo", ("Dublin", "Cork", "Limerick", "Galway")),
    "IC": ("Iceland", "Icelandic", "EUR", "nordic", ("Reykjavik", "Akureyri", "Keflavik")),
    "PO": ("Portugal", "Portuguese", "EUR", "lusophone", ("Lisbon", "Porto", "Coimbra")),
    "GR": ("Greece", "Greek", "EUR", "greek", ("Athens", "Thessaloniki", "Patras")),
    "PL": ("Poland", "Polish", "EUR", "central_european", ("Warsaw", "Krakow", "Gdansk")),
    "EZ": ("the Czech Republic", "Czech", "EUR", "central_european", ("Prague", "Brno")),
    "HU": ("Hungary", "Hungarian", "EUR", "central_european", ("Budapest", "Debrecen", "Pecs")),
    "RO": ("Romania", "Romanian", "EUR", "central_european", ("Bucharest", "Cluj", "Constanta")),
    "BU": ("Bulgaria", "Bulgarian", "EUR", "central_european", ("Sofia", "Plovdiv", "Varna")),
    "SR": ("Serbia", "Serbian", "EUR", "central_european", ("Belgrade", "Novi Sad", "Nis")),
    "HR": ("Croatia", "Croatian", "EUR", "central_european", ("Zagreb", "Split", "Rijeka")),
    "UP": ("Ukraine", "Ukrainian", "EUR", "slavic", ("Kiev", "Kharkiv", "Odesa", "Lviv")),
    "GG": ("Georgia", "Georgian", "EUR", "caucasus", ("Tbilisi", "Batumi", "Kutaisi", "Gori")),
    "AJ": ("Azerbaijan", "Azerbaijani", "EUR", "caucasus", ("Baku", "Ganja", "Sumgait")),
    "AM": ("Armenia", "Armenian", "EUR", "caucasus", ("Yerevan", "Gyumri", "Vanadzor")),
    "KZ": ("Kazakhstan", "Kazakh", "SCA", "central_asian", ("Astana", "Almaty", "Atyrau")),
    "UZ": ("Uzbekistan", "Uzbek", "SCA", "central_asian", ("Tashkent", "Samarkand", "Andijon")),
    "TX": ("Turkmenistan", "Turkmen", "SCA", "central_asian", ("Ashgabat", "Mary", "Dashoguz")),
    "TI": ("Tajikistan", "Tajik", "SCA", "central_asian", ("Dushanbe", "Khujand", "Kulob")),
    "KG": ("Kyrgyzstan", "Kyrgyz", "SCA", "central_asian", ("Bishkek", "Osh", "Jalalabad")),
    "IN": ("India", "Indian", "SCA", "south_asian", ("New Delhi", "Mumbai", "Chennai", "Kolkata")),
    "PK": ("Pakistan", "Pakistani", "SCA", "pak_afghan", ("Islamabad", "Karachi", "Lahore")),
    "AF": ("Afghanistan", "Afghan", "SCA", "pak_afghan", ("Kabul", "Kandahar", "Herat")),
    "BG": ("Bangladesh", "Bangladeshi", "SCA", "south_asian", ("Dhaka", "Chittagong")),
    "CE": ("Sri Lanka", "Sri Lankan", "SCA", "south_asian", ("Colombo", "Jaffna", "Kandy")),
    "NP": ("Nepal", "Nepali", "SCA", "south_asian", ("Kathmandu", "Pokhara", "Biratnagar")),
    "IS": ("Israel", "Israeli", "NEA", "hebrew", ("Jerusalem", "Tel Aviv", "Haifa", "Gaza")),
    "EG": ("Egypt", "Egyptian", "NEA", "arabic", ("Cairo", "Alexandria", "Aswan", "Suez")),
    "SA": ("Saudi Arabia", "Saudi", "NEA", "arabic", ("Riyadh", "Jeddah", "Dammam")),
    "KU": ("Kuwait", "Kuwaiti", "NEA", "arabic", ("Kuwait City", "Jahra", "Ahmadi")),
    "QA": ("Qatar", "Qatari", "NEA", "arabic", ("Doha", "Al Wakrah", "Ras Laffan")),
    "BA": ("Bahrain", "Bahraini", "NEA", "arabic", ("Manama", "Muharraq", "Riffa")),
    "AE": ("the United Arab Emirates", "Emirati", "NEA", "arabic", ("Abu Dhabi", "Dubai")),
    "MU": ("Oman", "Omani", "NEA", "arabic", ("Muscat", "Salalah", "Sohar")),
    "YM": ("Yemen", "Yemeni", "NEA", "arabic", ("Sanaa", "Aden", "Taiz", "Saada")),
    "LE": ("Lebanon", "Lebanese", "NEA", "arabic", ("Beirut", "Tripoli", "Sidon", "Tyre")),
    "SY": ("Syria", "Syrian", "NEA", "arabic", ("Damascus", "Aleppo", "Homs", "Latakia")),
    "LY": ("Libya", "Libyan", "NEA", "arabic", ("Tripoli", "Benghazi", "Sirte")),
    "TS": ("Tunisia", "Tunisian", "NEA", "arabic", ("Tunis", "Sfax", "Sousse")),
    "AG": ("Algeria", "Algerian", "NEA", "arabic", ("Algiers", "Oran", "Constantine")),
    "MO": ("Morocco", "Moroccan", "NEA", "arabic", ("Rabat", "Casablanca", "Tangier", "Fes")),
    "IR": ("Iran", "Iranian", "NEA", "persian", ("Tehran", "Isfahan", "Mashhad", "Tabriz")),
    "SU": ("Sudan", "Sudanese", "AF", "arabic", ("Khartoum", "Juba", "El Fasher", "Port Sudan")),
    "ET": ("Ethiopia", "Ethiopian", "AF", "east_african", ("Addis Ababa", "Mekele", "Gondar")),
    "KE": ("Kenya", "Kenyan", "AF", "east_african", ("Nairobi", "Mombasa", "Kisumu")),
    "SO": ("Somalia", "Somali", "AF", "east_african", ("Mogadishu", "Hargeisa", "Kismayo")),
    "TZ": ("Tanzania", "Tanzanian", "AF", "east_african", ("Dar es Salaam", "Dodoma", "Arusha")),
    "UG": ("Uganda", "Ugandan", "AF", "east_african", ("Kampala", "Gulu", "Entebbe")),
    "RW": ("Rwanda", "Rwandan", "AF", "east_african", ("Kigali", "Butare", "Gisenyi")),
    "BY": ("Burundi", "Burundian", "AF", "central_african", ("Bujumbura", "Gitega")),
    "CG": (
        "the Democratic Republic of the Congo",
        "Congolese",
        "AF",
        "central_african",
        ("Kinshasa", "Goma", "Bukavu", "Lubumbashi"),
    ),
    "NI": (
        "Nigeria",
        "Nigerian",
        "AF",
        "west_african",
        ("Abuja", "Lagos", "Kano", "Port Harcourt"),
    ),
    "GH": ("Ghana", "Ghanaian", "AF", "west_african", ("Accra", "Kumasi", "Tamale")),
    "SG": ("Senegal", "Senegalese", "AF", "west_african", ("Dakar", "Saint-Louis", "Touba")),
    "TO": ("Togo", "Togolese", "AF", "west_african", ("Lome", "Kara", "Sokode")),
    "SF": (
        "South Africa",
        "South African",
        "AF",
        "southern_african",
        ("Pretoria", "Johannesburg", "Cape Town", "Durban"),
    ),
    "ZI": ("Zimbabwe", "Zimbabwean", "AF", "southern_african", ("Harare", "Bulawayo", "Mutare")),
    "KS": ("South Korea", "South Korean", "EAP", "korean", ("Seoul", "Busan", "Incheon")),
    "KN": ("North Korea", "North Korean", "EAP", "korean", ("Pyongyang", "Sinuiju", "Kaesong")),
    "TW": ("Taiwan", "Taiwanese", "EAP", "chinese", ("Taipei", "Kaohsiung", "Taichung")),
    "HK": ("Hong Kong", "Hong Kong", "EAP", "chinese", ("Hong Kong", "Kowloon", "Macau")),
    "VS": ("South Vietnam", "South Vietnamese", "EAP", "vietnamese", ("Saigon", "Hue", "Da Nang")),
    "VM": ("Vietnam", "Vietnamese", "EAP", "vietnamese", ("Hanoi", "Ho Chi Minh City", "Da Nang")),
    "TH": ("Thailand", "Thai", "EAP", "thai", ("Bangkok", "Chiang Mai", "Pattani", "Phuket")),
    "ID": ("Indonesia", "Indonesian", "EAP", "malay", ("Jakarta", "Surabaya", "Aceh", "Bali")),
    "MY": ("Malaysia", "Malaysian", "EAP", "malay", ("Kuala Lumpur", "Penang", "Johor Bahru")),
    "RP": ("the Philippines", "Philippine", "EAP", "filipino", ("Manila", "Cebu", "Davao")),
    "SN": ("Singapore", "Singaporean", "EAP", "chinese", ("Singapore", "Jurong", "Changi")),
    "BM": ("Burma", "Burmese", "EAP", "burmese", ("Rangoon", "Mandalay", "Naypyitaw")),
    "AS": ("Australia", "Australian", "EAP", "anglo", ("Canberra", "Sydney", "Perth", "Darwin")),
    "NZ": ("New Zealand", "New Zealand", "EAP", "anglo", ("Wellington", "Auckland")),
    "CA": ("Canada", "Canadian", "WHA", "anglo", ("Ottawa", "Toronto", "Montreal", "Calgary")),
    "MX": ("Mexico", "Mexican", "WHA", "hispanic", ("Mexico City", "Monterrey", "Tijuana")),
    "BR": ("Brazil", "Brazilian", "WHA", "lusophone", ("Brasilia", "Sao Paulo", "Rio de Janeiro")),
    "AR": ("Argentina", "Argentine", "WHA", "hispanic", ("Buenos Aires", "Cordoba", "Rosario")),
    "CI": ("Chile", "Chilean", "WHA", "hispanic", ("Santiago", "Valparaiso", "Concepcion")),
    "PE": ("Peru", "Peruvian", "WHA", "hispanic", ("Lima", "Cusco", "Arequipa", "Ayacucho")),
    "CO": ("Colombia", "Colombian", "WHA", "hispanic", ("Bogota", "Medellin", "Cali")),
    "VE": ("Venezuela", "Venezuelan", "WHA", "hispanic", ("Caracas", "Maracaibo", "Valencia")),
    "EC": ("Ecuador", "Ecuadorian", "WHA", "hispanic", ("Quito", "Guayaquil", "Cuenca")),
    "BL": ("Bolivia", "Bolivian", "WHA", "hispanic", ("La Paz", "Santa Cruz", "Cochabamba")),
    "PA": ("Paraguay", "Paraguayan", "WHA", "hispanic", ("Asuncion", "Ciudad del Este")),
    "UY": ("Uruguay", "Uruguayan", "WHA", "hispanic", ("Montevideo", "Salto", "Paysandu")),
    "PM": ("Panama", "Panamanian", "WHA", "hispanic", ("Panama City", "Colon", "David")),
    "CS": ("Costa Rica", "Costa Rican", "WHA", "hispanic", ("San Jose", "Limon", "Liberia")),
    "NU": ("Nicaragua", "Nicaraguan", "WHA", "hispanic", ("Managua", "Leon", "Granada")),
    "HO": ("Honduras", "Honduran", "WHA", "hispanic", ("Tegucigalpa", "San Pedro Sula")),
    "GT": ("Guatemala", "Guatemalan", "WHA", "hispanic", ("Guatemala City", "Quetzaltenango")),
    "ES": ("El Salvador", "Salvadoran", "WHA", "hispanic", ("San Salvador", "Santa Ana")),
    "DR": ("the Dominican Republic", "Dominican", "WHA", "hispanic", ("Santo Domingo",)),
    "HA": ("Haiti", "Haitian", "WHA", "french", ("Port-au-Prince", "Cap-Haitien", "Gonaives")),
    "CU": ("Cuba", "Cuban", "WHA", "hispanic", ("Havana", "Santiago de Cuba", "Camaguey")),
    "JM": ("Jamaica", "Jamaican", "WHA", "anglo", ("Kingston", "Montego Bay")),
}

# Tags that collide with English stop words and are not country tags of any post here;
# they turn up now and then as extra tags (AT for Austria, as some drafters wrote it).
RARE_EXTRA_TAGS = ("AT", "ON")

# Name pools: (given names, surnames, family name first?)
NAME_POOLS = {
    "slavic": (
        "Arkady Oleg Irina Yelena Pavel Svetlana Gennady Nadezhda Vadim Lyudmila Stanislav "
        "Tamara Anatoly Vera Konstantin Marina Yuri Galina",
        "Volkan Druzhinin Seleznyov Tarkhanov Belotserkov Kuzmenok Zharkov Ryabtsev Lomakin "
        "Chernavin Oblomsky Gradov Pankratyev Sokolin Veremeyev Yastrebov Mironchuk Kalinovsky "
        "Shestopal Dorofeyev Prokhorenko Tsvetaev",
        False,
    ),
    "caucasus": (
        "Levan Nino Giorgi Tamar Armen Ani Rashad Leyla Davit Elnur Mariam Tigran Zaur Gayane",
        "Beridzeli Tsomaia Gelovani Abashvili Hovsepyants Gasparyan Melikov Huseynli Aliyarov "
        "Javakhidze Nersisyan Karamli Sulkhanishvili Ter-Avakyan Rzayevli Kobakhidzeli",
        False,
    ),
    "central_asian": (
        "Nurlan Aigul Bakhtiyor Dilnoza Yerlan Gulnara Timur Saule Rustam Zarina Erkin Madina",
        "Abenov Tursunbayev Kasymov Seitkaliyev Yusupbekov Rakhimzhanov Ergeshev Sadykbekov "
        "Orazmuradov Nurgaliyev Dzhumabayev Khalikulov Ismoilzoda Atabekov",
        False,
    ),
    "chinese": (
        "Wenliang Jianhua Xiaoming Guoqiang Lihua Yuming Haitao Meiling Zhiwei Chunhua "
        "Dongsheng Yanping Kaiwen Shulan",
        "Zhou Liang Gao Tang Feng Xu Cao Shen Lu Yao Pan Qin Du Fang Kong Meng",
        True,
    ),
    "japanese": (
        "Hiroshi Keiko Takeshi Yumiko Kenji Naoko Masato Akiko Shinji Tomoko Kazuo Reiko",
        "Hanazawa Kurokawa Shimazaki Morioka Tsukahara Ishiguro Nakagami Yoshimura Arakawa "
        "Fujikawa Okabe Sakuragi Tamiya Hoshino",
        False,
    ),
    "korean": (
        "Min-ho Ji-won Sung-jae Hye-jin Dong-hyun Eun-young Jae-sik Soo-min Young-chul Kyung-ah",
        "Kim Park Choi Jung Kang Yoon Han Shin Oh Seo Baek Hwang",
        True,
    ),
    "vietnamese": (
        "Van Thanh, Thi Lan, Minh Duc, Quoc Hung, Thi Hoa, Huu Phuoc, Duc Long, Thi Mai",
        "Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo",
        True,
    ),
    "arabic": (
        "Khalid Fatima Omar Layla Tariq Huda Samir Rania Faisal Nadia Adel Mona Yousef Salma "
        "Hamad Majid Karim Amal Nabil Hanan",
        "al-Mahdawi Haddadin Naseef al-Zubaidi Khoury Barakat al-Harithi Shalaby Darwish "
        "al-Sayegh Nimr al-Obaidly Sarraf Tawfiqi al-Kharusi Bishara Ghanem al-Fadhli Jaber "
        "Awwad al-Shammari Qabbani Bazzi al-Marzouqi",
        False,
    ),
    "persian": (
        "Reza Parisa Hossein Shirin Abbas Farideh Mehdi Nasrin Kamran Ladan Ali-Akbar Maryam",
        "Khorramshahi Farahani Jalalpour Mirzadeh Ghaffarzadeh Behrouzi Nikpour Shahrokhi "
        "Vaziri Moshiri Dastgheibi Kalantari",
        False,
    ),
    "turkish": (
        "Mehmet Ayse Emre Zeynep Murat Elif Cemal Selin Hakan Nurcan Kemal Deniz",
        "Karakoyun Ozdemirci Yildirimoglu Aksungur Tekinalp Korkmazer Baykara Erginsoy "
        "Sahinbas Gulhan Demirkol Tuncel Akbulak Sarikaya",
        False,
    ),
    "south_asian": (
        "Rajesh Priya Anil Sunita Vikram Meera Sanjay Kavita Arvind Lakshmi Ravi Deepa "
        "Mahinda Rohan Shanta Bikash",
        "Raghunathan Mehrotra Chaturvedi Banerji Kulkarni Venkataraman Deshpande Saxena "
        "Iyengar Bhattacharjee Rangarajan Thakore Sengupta Parthasarathy Wickremaratne "
        "Jayasekera Khadka Adhikari",
        False,
    ),
    "pak_afghan": (
        "Tariq Nadeem Farzana Imran Shazia Javed Ayesha Habibullah Mirwais Zalmai Hamidullah "
        "Shafiq",
        "Durrani Khattak Siddiqui Chaudhry Rahmani Popalzai Niazi Mohmand Baloch Afridi "
        "Yousafzai Tarakhel Jadoon Stanikzai Kakar Malikzada",
        False,
    ),
    "thai": (
        "Somchai Pornthip Surasak Kanya Wichai Siriporn Anan Ratana",
        "Rattanakorn Chaiyasit Wongsuwan Srisombat Phuangthong Kittikun Boonmee Sukprasert",
        False,
    ),
    "malay": (
        "Budi Siti Agus Dewi Rahmat Nurul Ahmad Farah Hendra Intan",
        "Santoso Wibowo Hidayat Kusuma Harahap Rahim Ismail Hamzah Pranoto Sulaiman",
        False,
    ),
    "filipino": (
        "Jose, Maria Luisa, Ramon, Teresita, Manuel, Rosario, Eduardo, Ligaya",
        "Dimaculangan Villanueva Bautista Macaraeg Soriano Dizon Buenaventura Katigbak",
        False,
    ),
    "burmese": (
        "Kyaw Than Aung Khin Myint Soe Nyunt Hla",
        "Zaw Lin, Htun Oo, Naing Win, Thura, Maung Lwin, Myo Thant, Win Naing, Tin Shwe",
        False,
    ),
    "hispanic": (
        "Carlos Maria Jorge Ana Luis Patricia Alejandro Gabriela Fernando Lucia Ricardo "
        "Veronica Eduardo Claudia Javier Rosa Ramiro Beatriz",
        "Villacorta Echeverri Saldivar Montoya Arriagada Quintanilla Barrientos Zavaleta "
        "Olmedo Cifuentes Iturbe Valdivieso Cardenal Sotomayor Urrutia Palacios Aramburu "
        "Benavides Galindo Ocampo Larrazabal Esquivel Bejarano Solorzano",
        False,
    ),
    "lusophone": (
        "Joao, Ana Paula, Marcos, Fernanda, Paulo, Beatriz, Rodrigo, Luiza, Tiago, Helena",
        "Albuquerque Figueiredo Magalhaes Bittencourt Vasconcelos Tavares Coutinho Sampaio "
        "Carvalhal Pimentel Queiroz Meirelles",
        False,
    ),
    "french": (
        "Jean-Marc Claire Olivier Sophie Philippe Isabelle Thierry Helene Laurent Anne-Marie "
        "Bernard Celine",
        "Valmont Garnier Lefranc Duvernoy Castagne Rocheteau Marceau Beaulieu Chevrier Delorme "
        "Vasseur Aubertin",
        False,
    ),
    "german": (
        "Klaus Ursula Matthias Sabine Juergen Katrin Stefan Birgit Wolfgang Heike Andreas Monika",
        "Brenninger Hollweg Stahlberg Wendtland Eichhorn Rautenberg Obermaier Pfaffinger "
        "Kronauer Weidenbach Ziegelmann Hasenclever",
        False,
    ),
    "dutch": (
        "Pieter Anneke Joost Marieke Willem Femke Maarten Ingrid Luc Veerle",
        "Brouwersma Vrijhof Hoogeveen Terpstra Wijnbergen Dalsema Verhaeghe Claessens Mertens "
        "Vandersteen",
        False,
    ),
    "nordic": (
        "Lars Ingrid Erik Kari Magnus Sigrid Henrik Liv Anders Maija Jukka Helga",
        "Lindqvist Haugland Bergstrand Ekdahl Tveitnes Aaltonen Kristjansson Holmberg "
        "Fjellstad Vesterlund Rautio Sandvik",
        False,
    ),
    "italian": (
        "Marco Giulia Alessandro Francesca Paolo Chiara Giorgio Elena Stefano Valentina",
        "Marchetti Bellandi Ferrante Scaglione Bonfiglio Santangelo Guarneri Tedeschi "
        "Ruggeri Valsecchi",
        False,
    ),
    "greek": (
        "Nikos Eleni Yiannis Katerina Dimitris Sofia Kostas Maria",
        "Papadakis Konstantinidis Vlachos Mavridis Stathopoulos Kyriazis Lambrakos Zervas",
        False,
    ),
    "central_european": (
        "Tomasz Katarzyna Jan Petra Laszlo Zsuzsa Radu Ioana Dragan Milena Ivan Vesna",
        "Wierzbicki Kowalczuk Novotny Hruska Szabolcsi Vargha Dumitrache Milosavljev "
        "Kovacevic Stoyanov Radulescu Brezovski Jelenic Zielonka",
        False,
    ),
    "east_african": (
        "Joseph Grace Samuel Mercy David Faith Peter Esther Abdi Amina Tesfaye Hirut",
        "Kiprono Wanjiru Otieno Mwangaza Tesfamariam Habimana Kagwe Mutua Okello Lubega "
        "Gebremariam Mukasa Nyamweya Warsame Farah",
        False,
    ),
    "central_african": (
        "Jean-Claude Pascaline Augustin Mireille Pascal Jeanne Emery Solange",
        "Mbuyi Kalombo Tshibanda Ilunga Mukendi Lumbala Kabamba Nzuzi Ndikumana Bigirimana",
        False,
    ),
    "west_african": (
        "Chukwuemeka Ngozi Kwame Abena Mamadou Aissatou Oluwaseun Folake Kofi Adama",
        "Okonkwo Adeyemi Mensah Boateng Diallo Ndiaye Ogunleye Eze Agyeman Kouassi Traore "
        "Bello Amegashie",
        False,
    ),
    "southern_african": (
        "Sipho Nomvula Tendai Rudo Lindiwe Themba Chipo Blessing",
        "Mokoena Ndlovu Khumalo Moyo Sibanda Mahlangu Nkosi Chikwanha Maseko Zwane",
        False,
    ),
    "hebrew": (
        "Avi Yael Moshe Noa Eitan Tamar Uri Michal Yossi Dalia",
        "Ben-Ari Katzir Rosenthal Levinger Peleg Amitai Harel Ofer Zamir Bar-Lev Eshkoli",
        False,
    ),
    "anglo": (
        "James Fiona Andrew Catherine Graham Helen Nigel Sarah Malcolm Philippa Desmond Leona",
        "Ashworth Pemberton Kilbride Haldane Fairweather Colquhoun Brathwaite Trelawney "
        "Dunmore Whitlock McAllister Osgood",
        False,
    ),
}

# Foreign officials: (title, domain). Domains steer people toward matching topics.
TITLES = (
    ("President", "pol"),
    ("Prime Minister", "pol"),
    ("Foreign Minister", "pol"),
    ("Deputy Foreign Minister", "pol"),
    ("MFA Director for the Americas", "pol"),
    ("Presidential Administration Deputy Head", "pol"),
    ("Speaker of Parliament", "pol"),
    ("Interior Minister", "sec"),
    ("Defense Minister", "mil"),
    ("Chief of Defense Staff", "mil"),
    ("Deputy Defense Minister", "mil"),
    ("National Security Advisor", "sec"),
    ("Intelligence Service Director", "sec"),
    ("Justice Minister", "hr"),
    ("Prosecutor General", "hr"),
    ("Human Rights Ombudsman", "hr"),
    ("Energy Minister", "econ"),
    ("Finance Minister", "econ"),
    ("Trade Minister", "econ"),
    ("Central Bank Governor", "econ"),
    ("Deputy Economy Minister", "econ"),
    ("Health Minister", "soc"),
    ("Environment Minister", "soc"),
    ("Labor Minister", "soc"),
    ("Opposition Leader", "pol"),
    ("Member of Parliament", "pol"),
    ("Governor", "pol"),
    ("Mayor", "pol"),
    ("Editor-in-Chief", "media"),
    ("Human Rights Activist", "hr"),
    ("Political Analyst", "media"),
    ("Chief Executive Officer", "econ"),
    ("Counternarcotics Police Chief", "sec"),
    ("Nuclear Energy Agency Director", "nuke"),
)

MINISTRIES = (
    "Ministry of Foreign Affairs",
    "Ministry of Defense",
    "Ministry of Interior",
    "Ministry of Energy",
    "Ministry of Finance",
    "Ministry of Justice",
    "Ministry of Trade",
    "Ministry of Health",
    "Ministry of Labor",
    "Ministry of Agriculture",
    "Ministry of Economic Development",
    "Ministry of Education",
    "Ministry of Environment",
)

PARTY_WORDS = (
    "Renewal Concord Dignity Heritage Horizon Resurgence Harmony Prosperity Sovereignty "
    "Progress Fairness Vigilance Compass Beacon Meridian Lantern Harvest Bridge Dawn Summit "
    "Cedar Anchor Keystone Pathway Rampart Tideway Granite Orchard Wellspring Lodestar Citadel "
    "Hearth",
    "Party Alliance Movement Front Union Bloc Forum League Rally Coalition Congress",
)
COMPANY_WORDS = (
    "Severo Altamar Kestrel Borealis Veltra Oriska Tamaris Zolotar Nordane Calvera Pyrena "
    "Sarvan Orlena Bastide Halcyon Corvina Ardent Lumera Tessaro Valkor Quorra Meruna Istra "
    "Solvane Drakon Pelora Varuna Ostrava Cendra Aurenti Galvano Rivanta",
    "Energy Petroleum Telecom Holdings Steel Gas Mining Airlines Bank Shipping Power Construction",
)
NEWSPAPER_WORDS = ("Chronicle", "Sentinel", "Evening Post", "Courier", "Tribune", "Ledger")

INTERNATIONAL_ORGS = (
    "the UN Security Council",
    "the IAEA",
    "NATO",
    "the European Union",
    "the OSCE",
    "the World Bank",
    "the IMF",
    "the WTO",
    "the African Union",
    "the Arab League",
    "ASEAN",
    "the OAS",
    "UNHCR",
    "the ICRC",
    "the UN Human Rights Council",
    "the G-20",
)

# Fictional Americans: embassy officers, Secretaries, visitors.
US_GIVEN = (
    "Robert Susan Michael Karen David Linda Thomas Margaret Richard Elizabeth Daniel Janet "
    "Gregory Patricia Steven Deborah Mark Anne Kevin Laura Charles Ellen Paul Marilyn "
    "Douglas Carolyn Brian Theresa"
)
US_SURNAMES = (
    "Halvorsen Whitcombe Prewitt Danforth Keeling Ashby Marchbanks Tolliver Pennington "
    "Hargrove Lindley Castellano Rutledge Ostrander Beaumont Kettering Wyland Calloway "
    "Fenwick Stroud Merriwether Tillman Bancroft Delacourt Eastman Gorham Hollister "
    "Inskeep Jessup Kimbrough Langston Mabry Norcross Oakes Partridge Quimby Radcliffe "
    "Sayers Thornbury Underhill Vickery Wadsworth Yarborough Abernathy Blanchard "
    "Chamberlin Dillard Ellsworth Fairbanks Gilchrist Holcomb"
)
US_VIP_TITLES = (
    "Deputy Secretary",
    "Under Secretary for Political Affairs",
    "Senator",
    "Congressman",
    "Assistant Secretary",
    "Special Envoy",
    "Codel leader Senator",
    "Treasury Under Secretary",
    "Commerce Secretary",
    "Secretary of Energy",
)

# Subject tags that ride along with every topic, by how often real cables carry them.
COMMON_TAGS = (("PREL", 45), ("PGOV", 35), ("ECON", 8), ("PINR", 6), ("KDEM", 3), ("KPAO", 2))

# Sentence slots, filled by generator.Slots: {A} {B} {C} people of the host country (full
# title and name at first mention, surname after), {As} {Bs} surnames only, {vip} a visiting
# American, {we}/{We} the reporting officer, {country} {Country} {adj} {capital} {city}
# {ministry} {party} {party2} {company} {paper} {ngo} {org} {third} {third_adj} {day}
# {month} {year} {num} {pct} {amount}.
LEADS = (
    "In a {day} meeting with {we}, ",
    "Speaking privately on {day}, ",
    "On {day}, ",
    "During a {day} call on {A}, ",
    "In a follow-up conversation, ",
    "Separately, ",
    "According to a contact at the {ministry}, ",
    "At a {day} lunch hosted by the DCM, ",
    "Over dinner on {day}, ",
    "In remarks to the press on {day}, ",
    "As in past meetings, ",
    "When pressed by {we}, ",
    "Asked about the timing, ",
    "In a candid aside, ",
)

TOPICS = {
    "politics": {
        "tags": "PGOV:8 KDEM:3 PINR:3 PINS:1 PHUM:1",
        "subjects": (
            "{COUNTRY}: COALITION TALKS STALL OVER CABINET POSTS",
            "{COUNTRY}: {PARTY} GAINS GROUND AHEAD OF {YEAR} ELECTIONS",
            "{COUNTRY}: {As} CONSOLIDATES CONTROL OF RULING PARTY",
            "{COUNTRY}: OPPOSITION SPLITS AS {Bs} LAUNCHES NEW MOVEMENT",
            "PARLIAMENT PASSES ELECTION LAW AMENDMENTS IN {COUNTRY}",
            "{COUNTRY}: PROVINCIAL ELECTION RESULTS SHAKE THE GOVERNING COALITION AND "
            "RAISE QUESTIONS ABOUT THE LEADERSHIP",
            "{COUNTRY}: SUCCESSION QUESTIONS SHADOW {As}",
        ),
        "headings": (
            "Coalition Arithmetic",
            "The Opposition Regroups",
            "Succession Talk",
            "Parliament Moves First",
            "Regional Results",
        ),
        "sentences": (
            "{A} told {we} that the {party} would not accept a junior role in any new cabinet.",
            "The {party} now holds {num} seats, enough to block constitutional amendments "
            "but not to govern alone.",
            "{B} predicted that early elections were likely before the end of {year}, "
            "although few in the {party2} want them.",
            "Contacts in {city} describe the local branch of the {party2} as demoralized "
            "and short of money.",
            '{A} dismissed reports of a rift with {B} as "the invention of bored journalists."',
            "Turnout in the {city} by-election was {pct} percent, the lowest since the "
            "current constitution took effect.",
            "{C} argued that the {party} survives only because the opposition cannot agree on "
            "a single candidate.",
            "The draft election law would raise the threshold for entering parliament to "
            "{pct} percent, which would shut out most small parties.",
            "Several deputies from the {party2} crossed the floor on {day}, giving the "
            "government a narrow majority on the budget vote.",
            "{B} complained that state television gave the {party} {num} minutes of coverage "
            "for every minute given to the opposition.",
            "Independent polls show the {party} at {pct} percent, well below its result in "
            "the last national election.",
            "{A} said the president intends to reshuffle the cabinet after the {later} "
            "holidays, and that {B} is unlikely to survive it.",
            "Party insiders say the real decisions are made by a small circle around {A}, "
            "not by the party congress.",
            "Local observers reported ballot stuffing at several polling stations in {city}, "
            "but the electoral commission has so far declined to investigate.",
            "{C} believes the governing coalition will hold together at least until the "
            "budget is passed.",
        ),
    },
    "bilateral": {
        "tags": "PREL:8 PGOV:2 MARR:1 ETRD:1 OVIP:1",
        "subjects": (
            "{COUNTRY}: FOREIGN MINISTER {As} ON RELATIONS WITH {THIRD}",
            "{COUNTRY} SEEKS DEEPER TIES WITH WASHINGTON",
            "{COUNTRY}-{THIRD} RELATIONS: A THAW, FOR NOW",
            "{ADJ} MFA PREVIEWS SUMMIT AGENDA",
            "{COUNTRY}: {As} REVIEWS BILATERAL AGENDA WITH THE AMBASSADOR",
            "{COUNTRY}: MFA REACTION TO {THIRD} BORDER INCIDENT",
        ),
        "headings": (
            "Looking to Washington",
            "The View from the MFA",
            "Neighborhood Concerns",
            "Next Steps",
            "Summit Preparations",
        ),
        "sentences": (
            "{A} said {country} values its partnership with the United States and wants the "
            'relationship to be "about more than security."',
            "The Ambassador stressed that Washington expects {country} to keep its "
            "commitments on {third}.",
            '{A} described relations with {third} as "correct but cold" and said no '
            "high-level visit is planned before {later}.",
            "{B} asked whether the United States would support {country}'s bid for a seat "
            "on {org}.",
            "The {ministry} summoned the {third_adj} ambassador on {day} to protest remarks "
            "by a {third_adj} official.",
            "{A} hopes to visit Washington in {later} and asked for help in arranging "
            "meetings at the White House.",
            "{B} noted that trade with {third} has grown by {pct} percent this year, which "
            "gives {capital} an interest in calm relations.",
            "{C} suggested that the dispute with {third} could be settled quietly if neither "
            "side is seen to lose face.",
            "MFA officials told {we} that a joint statement is being drafted but that the "
            "language on {third} remains unresolved.",
            "The Ambassador thanked {A} for {country}'s support on {org} votes this year.",
            "{A} said the government would not allow its territory to be used against any "
            "neighbor, {third} included.",
            "{B} was visibly irritated by press reports that {capital} had been consulted "
            "only after the decision was made.",
            "The two sides agreed to hold the next round of political consultations in "
            "{capital} before the end of {year}.",
        ),
    },
    "human_rights": {
        "tags": "PHUM:8 KDEM:2 KJUS:2 PGOV:3 SOCI:1 KIRF:1 KWMN:1",
        "subjects": (
            "{COUNTRY}: JOURNALIST DETAINED IN {CITY}",
            "{COUNTRY}: NGO LAW THREATENS FOREIGN-FUNDED GROUPS",
            "{COUNTRY}: HUMAN RIGHTS DEFENDERS DESCRIBE GROWING PRESSURE",
            "{COUNTRY}: TRIAL OF OPPOSITION ACTIVISTS OPENS IN {CITY}",
            "{YEAR} HUMAN RIGHTS REPORT: {COUNTRY} SUBMISSION",
            "{COUNTRY}: RELIGIOUS MINORITIES REPORT HARASSMENT",
        ),
        "headings": (
            "Pressure on Civil Society",
            "The Courts",
            "Press Freedom",
            "Detention Conditions",
        ),
        "sentences": (
            "A lawyer working with the {ngo} told {we} that police detained {num} "
            "demonstrators in {city} and held several of them without charge for three days.",
            "The new law requires NGOs that receive foreign funds to register again and to "
            "report every grant to the {ministry}.",
            "{B} said the editor of the {paper} had been questioned twice this month about "
            "articles critical of {A}.",
            "Defense lawyers were given access to the case file only two days before the "
            "trial opened.",
            "{C} believes the arrests were meant as a warning to others rather than as a "
            "prelude to prosecutions.",
            "The {ngo} documented {num} complaints of mistreatment in pretrial detention "
            "during the first half of {year}.",
            "{A} insisted that the government respects freedom of assembly and that the "
            "protest in {city} had simply not been authorized.",
            "Family members of the detained activists have been barred from visiting them.",
            "The Human Rights Ombudsman has publicly criticized the police but has no power "
            "to compel an investigation.",
            "{We} attended the opening session of the trial along with diplomats from "
            "{num} other missions.",
            "Several independent websites were blocked on {day} without explanation.",
            "{C} said that the courts in {city} almost never acquit defendants in political cases.",
            "Minority community leaders reported that permits for new places of worship "
            "have been pending for more than two years.",
        ),
    },
    "terrorism": {
        "tags": "PTER:8 ASEC:3 KCRM:2 PINS:2 KHLS:1 CASC:1",
        "subjects": (
            "{COUNTRY}: SECURITY SERVICES DISRUPT CELL IN {CITY}",
            "{COUNTRY}: BOMBING IN {CITY} KILLS {NUM}",
            "COUNTERTERRORISM COOPERATION WITH {COUNTRY}: STATUS REPORT",
            "{COUNTRY}: THREAT REPORTING AND EMBASSY SECURITY POSTURE",
            "{COUNTRY}: TERRORIST FINANCING CASE MOVES TO COURT",
        ),
        "headings": (
            "The Attack",
            "Government Response",
            "Security Posture",
            "Financing Networks",
        ),
        "sentences": (
            "{A} told {we} that security services had detained {num} suspects in {city} and "
            "seized explosives and forged documents.",
            "The attack on {day} killed {num} people near a police checkpoint in {city}.",
            "{B} said the cell had links to fighters who had returned from {third} earlier "
            "this year.",
            "The Emergency Action Committee met on {day} and decided that no change to the "
            "embassy's posture was needed at this time.",
            "RSO continues to advise American citizens to avoid large gatherings in {city}.",
            "{A} asked for additional training for the new counterterrorism unit and for "
            "help with airport screening equipment.",
            "Investigators believe the group raised money through a network of charities "
            "and small currency exchange houses.",
            "{C} was skeptical that the suspects were capable of an attack on the scale the "
            "press has suggested.",
            "The {ministry} has drafted an amendment that would allow suspects to be held "
            "for {num} days without charge.",
            "{B} promised to share the interrogation reports with the embassy once the "
            "investigation is complete.",
            "Local press reported that the group had surveilled hotels used by foreign "
            "visitors in {city}.",
            "{A} acknowledged that border controls with {third} remain weak and that smugglers "
            "move people and weapons with little difficulty.",
        ),
    },
    "nonproliferation": {
        "tags": "KNNP:8 PARM:5 MNUC:3 IAEA:2 TRGY:2 ETTC:2 IR:2 KN:1",
        "subjects": (
            "{COUNTRY}: MFA ON IAEA BOARD RESOLUTION",
            "{COUNTRY}: EXPORT CONTROL LAW AWAITS PARLIAMENT",
            "{COUNTRY} VIEWS ON IRAN SANCTIONS",
            "{COUNTRY}: DUAL-USE SHIPMENT STOPPED IN {CITY}",
            "{COUNTRY}: NUCLEAR ENERGY PLANS AND SAFEGUARDS",
            "{COUNTRY}: PROLIFERATION SECURITY INITIATIVE EXERCISE",
        ),
        "headings": (
            "The Iran File",
            "Export Controls",
            "Civil Nuclear Plans",
            "Interdiction",
        ),
        "sentences": (
            "{A} said {country} would support a new resolution at {org} only if it left room "
            "for further negotiation.",
            "Customs officers in {city} held a shipment of {num} pressure transducers bound "
            "for a trading company in {third}.",
            "{B} described the draft export control law as a priority but could not say when "
            "parliament would take it up.",
            "{A} warned that new sanctions would hurt ordinary people more than the "
            "government in {third}.",
            "The {company} has signed a preliminary agreement to build {num} reactors, "
            "with the first unit scheduled for {year}.",
            "{C} told {we} that the government is preparing to sign the Additional Protocol "
            "but wants assurances on fuel supply first.",
            "{We} delivered the points on Iran's enrichment program and left a non-paper.",
            "{B} said {country} shares our concern about the program but does not believe "
            "that isolation will change {third}'s behavior.",
            "Officials at the {ministry} have not yet decided whether the transshipment "
            "license will be revoked.",
            "{A} suggested that {country} could host technical talks if all parties agreed.",
            "Banks in {city} have quietly reduced their exposure to {third_adj} clients, "
            "according to {C}.",
            "The interagency export control committee met only twice this year, according to {C}.",
        ),
    },
    "military": {
        "tags": "MARR:8 MOPS:4 MASS:3 PREL:2 NATO:2 PINS:1",
        "subjects": (
            "{COUNTRY}: DEFENSE MINISTER ON FORCE MODERNIZATION",
            "{COUNTRY}: PARLIAMENT EXTENDS TROOP MANDATE",
            "{COUNTRY}: ARMS PURCHASE DECISION DELAYED AGAIN",
            "{COUNTRY}: JOINT EXERCISE PLANNING CONFERENCE",
            "{COUNTRY}: DEFENSE BUDGET CUTS AND THEIR LIMITS",
            "{COUNTRY}: CHIEF OF DEFENSE {As} ON BORDER DEPLOYMENTS",
        ),
        "headings": (
            "Force Modernization",
            "Deployments",
            "Procurement",
            "Cooperation with U.S. Forces",
        ),
        "sentences": (
            "{A} said the armed forces need at least {num} new helicopters before they can "
            "take on more responsibility in {third}.",
            "Parliament voted to extend the mandate of the {num}-strong contingent until the "
            "end of {year}.",
            "{B} complained that the defense budget has been cut by {pct} percent and that "
            "training has suffered.",
            "The planning conference in {city} agreed on dates for the next combined exercise.",
            "{A} asked whether the United States could speed up delivery of the equipment "
            "already ordered.",
            "The Defense Attache reports that units along the border with {third} have been "
            "reinforced since {month}.",
            "{C} said the general staff remains divided over whether to buy aircraft from "
            "the United States or from {third}.",
            "{B} assured {we} that the caveats on the contingent's rules of engagement "
            "would be reviewed.",
            "The {ministry} has signed a status of forces agreement but the text has not yet "
            "been sent to parliament.",
            "{A} described the exercise as a success, while noting serious shortfalls in "
            "secure communications.",
            "Officers told the Defense Attache that morale among conscripts is poor and "
            "desertion is rising.",
            "{C} believes that the procurement decision will be made on political rather "
            "than technical grounds.",
        ),
    },
    "energy": {
        "tags": "ENRG:8 EPET:5 EINV:3 ECON:3 ETRD:1 SENV:1",
        "subjects": (
            "{COUNTRY}: GAS PIPELINE PROJECT FACES NEW DELAYS",
            "{COUNTRY}: {COMPANY} WINS OFFSHORE BLOCK",
            "{COUNTRY}: ENERGY MINISTER ON PRICES AND SUPPLY",
            "{COUNTRY}: WINTER POWER SHORTAGES LOOM",
            "{COUNTRY}: NEW HYDROCARBON LAW AND FOREIGN INVESTORS",
        ),
        "headings": (
            "Pipeline Politics",
            "Upstream",
            "Prices and Subsidies",
            "Power Shortages",
        ),
        "sentences": (
            "{A} said the pipeline to {third} will not be finished before {year} because "
            "financing is still not in place.",
            "The {company} plans to invest {amount} in new fields over the next five years.",
            "{B} complained that the state gas company sets prices without consulting "
            "foreign partners.",
            "Electricity demand in {city} rose by {pct} percent last winter, and the grid "
            "came close to collapse twice.",
            "{C} told EconOff that the new hydrocarbon law would raise the state's share of "
            "new projects to {pct} percent.",
            "The tender for the offshore block drew bids from {num} companies, including one "
            "American firm.",
            "{A} insisted that {country} is a reliable supplier and blamed the interruption "
            "on {third}.",
            "Fuel subsidies now cost the budget roughly {amount} a year, according to the "
            "{ministry}.",
            "{B} hinted that {company} would seek a partner from {third} if American firms "
            "remain cautious.",
            "The refinery in {city} is operating at less than half of its capacity.",
            "{C} said transit fees remain the main obstacle to an agreement with {third}.",
            "EconOff visited the new power plant outside {city}, which is running months "
            "behind schedule.",
        ),
    },
    "economy": {
        "tags": "ECON:8 EFIN:4 ETRD:4 EINV:3 ELAB:1 WTRO:1 EAGR:1",
        "subjects": (
            "{COUNTRY}: CENTRAL BANK HOLDS RATES AS INFLATION CLIMBS",
            "{COUNTRY}: {YEAR} BUDGET PASSES AMID DEFICIT WORRIES",
            "{COUNTRY}: WTO ACCESSION TALKS RESUME",
            "{COUNTRY}: FINANCIAL CRISIS HITS EXPORTERS",
            "{COUNTRY}: INVESTMENT CLIMATE AND THE RULE OF LAW",
            "{COUNTRY}: PRIVATIZATION OF {COMPANY} ON HOLD",
        ),
        "headings": (
            "Macroeconomic Picture",
            "The Budget",
            "Trade Disputes",
            "Investment Climate",
            "Banking Sector",
        ),
        "sentences": (
            "{A} expects growth of {few} percent this year, down from earlier projections.",
            "Inflation reached {few} percent in {month}, driven mainly by food and fuel prices.",
            "{B} said the budget deficit would be financed by domestic bonds rather than by "
            "new borrowing abroad.",
            "American companies in {city} continue to complain about customs delays and "
            "unpredictable tax audits.",
            "{C} described the banking sector as liquid but warned that bad loans are rising.",
            "The government announced a stimulus package worth {amount}, most of it for "
            "infrastructure.",
            "{A} told EconOff that privatization of the {company} would resume once markets "
            "recover.",
            "Exports to {third} fell by {pct} percent in the first quarter.",
            "{B} argued that the new labor code would make it easier for foreign firms to "
            "hire, but unions have promised to fight it.",
            "The central bank spent {amount} defending the currency in {month}.",
            "{C} complained that officials at the {ministry} still demand informal payments "
            "for routine licenses.",
            "The trade dispute over poultry imports remains unresolved despite two rounds of "
            "technical talks.",
            "Unemployment in {city} is estimated at {pct} percent, nearly twice the national "
            "average.",
        ),
    },
    "narcotics": {
        "tags": "SNAR:8 KCRM:4 KJUS:2 PGOV:1 PREL:1",
        "subjects": (
            "{COUNTRY}: RECORD COCAINE SEIZURE IN {CITY}",
            "{COUNTRY}: COUNTERNARCOTICS POLICE CHIEF SEEKS MORE SUPPORT",
            "{COUNTRY}: TRAFFICKERS SHIFT ROUTES TOWARD {THIRD}",
            "{COUNTRY}: {YEAR} INCSR INPUT",
            "{COUNTRY}: EXTRADITION REQUEST STALLS IN COURT",
        ),
        "headings": (
            "Seizures",
            "Trafficking Routes",
            "Corruption",
            "Extraditions",
        ),
        "sentences": (
            "Police seized {num} kilograms of cocaine from a container in the port of {city}.",
            "{A} said traffickers increasingly use small aircraft and fishing boats to move "
            "shipments toward {third}.",
            "{B} asked for more vetted units and for help with wiretap equipment.",
            "The extradition request for the suspected trafficker has been before the courts "
            "for {few} months.",
            "{C} alleged that several judges in {city} are on the payroll of the cartels.",
            "Eradication teams destroyed {num} hectares of coca this year, short of the target.",
            "{A} acknowledged that corruption within the police remains a serious obstacle.",
            "DEA reports that the price of cocaine in {city} has risen, suggesting that "
            "supply has tightened.",
            "{B} promised to sign the memorandum on maritime interdiction before {later}.",
            "Synthetic drug laboratories have appeared near {city}, according to {C}.",
            "The {ministry} has proposed a new asset forfeiture law with our assistance.",
        ),
    },
    "consular": {
        "tags": "CVIS:6 CASC:5 SMIG:3 PREF:2 KFRD:2 CMGT:1 ASEC:1",
        "subjects": (
            "{COUNTRY}: VISA FRAUD RING UNCOVERED IN {CITY}",
            "{COUNTRY}: ARREST OF AMERICAN CITIZEN IN {CITY}",
            "{COUNTRY}: REFUGEE FLOWS FROM {THIRD} RISE",
            "{COUNTRY}: CONSULAR SECTION WORKLOAD AND WAIT TIMES",
            "{COUNTRY}: WARDEN MESSAGE ON DEMONSTRATIONS",
        ),
        "headings": (
            "Fraud Trends",
            "Citizen Services",
            "Refugees and Migrants",
            "Workload",
        ),
        "sentences": (
            "The fraud prevention unit identified {num} applicants who had submitted forged "
            "bank statements prepared by the same agency in {city}.",
            "ConOff visited the detained American citizen on {day}; he reported no mistreatment.",
            "{A} said that {num} refugees from {third} have crossed the border since {month}.",
            "Wait times for visa interviews have grown to {num} days because of staffing gaps.",
            "{B} promised that the {ministry} would notify the embassy promptly of any "
            "future arrests of American citizens.",
            "UNHCR estimates that fewer than half of the new arrivals have registered.",
            "{C} said smugglers charge migrants up to {amount} for passage to Europe.",
            "The consular section issued a warden message on {day} advising citizens to "
            "avoid central {city}.",
            "Host government officials have agreed to a pilot program to verify civil documents.",
            "{A} acknowledged that camp conditions near {city} are poor and that water is scarce.",
            "Student visa demand rose by {pct} percent compared with last year.",
        ),
    },
    "multilateral": {
        "tags": "PREL:6 UNSC:4 UNGA:4 AORC:3 KUNR:1 PHUM:1",
        "subjects": (
            "{COUNTRY} POSITION ON UNGA THIRD COMMITTEE RESOLUTIONS",
            "UNSC CONSULTATIONS ON {THIRD}",
            "{COUNTRY}: SUPPORT FOR U.S. CANDIDACY AT {ORGU}",
            "{ORGU}: PREPARATIONS FOR MINISTERIAL MEETING",
            "{COUNTRY} AND THE REFORM OF {ORGU}",
        ),
        "headings": (
            "Council Dynamics",
            "Vote Counts",
            "Reform Debate",
            "Next Steps in New York",
        ),
        "sentences": (
            "{A} said {country} would abstain on the resolution unless the operative "
            "paragraph on {third} is softened.",
            "Council members spent most of the {day} consultations on the mandate renewal "
            "for the mission in {third}.",
            "{B} confirmed that {country} will vote for the American candidate at {org}.",
            "The draft has {num} co-sponsors, but several key regional states remain silent.",
            "{C} argued that the reform proposals would weaken the smaller member states.",
            "{We} urged {A} to oppose the no-action motion expected later this month.",
            "The Secretariat circulated a revised budget that is {pct} percent higher than "
            "the previous biennium.",
            "Several delegations criticized {org} for moving too slowly on {third}.",
            "{B} said instructions from {capital} had not yet arrived and that the vote "
            "could slip.",
            "The chair's text was adopted without a vote after late-night negotiations.",
            "{A} hinted that {country} could trade its support for a favorable outcome on "
            "an unrelated election.",
        ),
    },
    "environment": {
        "tags": "SENV:7 KGHG:4 TBIO:2 EAGR:2 SOCI:2 KSCA:1 KFLU:1",
        "subjects": (
            "{COUNTRY}: CLIMATE CHANGE POSITION AHEAD OF COPENHAGEN",
            "{COUNTRY}: AVIAN INFLUENZA OUTBREAK NEAR {CITY}",
            "{COUNTRY}: DROUGHT THREATENS HARVEST",
            "{COUNTRY}: H1N1 RESPONSE AND VACCINE SUPPLIES",
            "{COUNTRY}: SCIENCE AND TECHNOLOGY AGREEMENT TALKS",
        ),
        "headings": (
            "Climate Talks",
            "Public Health",
            "Agriculture",
            "Science Cooperation",
        ),
        "sentences": (
            "{A} said {country} would not accept binding emission targets unless developed "
            "countries provide financing.",
            "Veterinary officials culled {num} birds after an outbreak on a farm near {city}.",
            "The {ministry} estimates that the drought will reduce the wheat harvest by "
            "{pct} percent.",
            "{B} asked whether the United States could help with vaccine supplies before "
            "the winter.",
            "{C} noted that public awareness of climate issues in {country} remains low.",
            "The draft science and technology agreement is ready except for the article on "
            "intellectual property.",
            "Health officials have confirmed {num} cases, most of them in {city}.",
            "{A} said the government plans to generate {pct} percent of electricity from "
            "renewable sources by {year}.",
            "Farmers near {city} blame the water shortage on dams built upstream in {third}.",
            "{B} welcomed the offer of technical assistance from the CDC.",
        ),
    },
    "media": {
        "tags": "KPAO:6 OPRC:4 SCUL:2 KMDR:2 PGOV:1 OIIP:1",
        "subjects": (
            "{COUNTRY}: MEDIA REACTION TO PRESIDENT'S SPEECH",
            "{COUNTRY}: PRESS COVERAGE OF U.S. POLICY ON {THIRD}",
            "{COUNTRY}: EXCHANGE PROGRAM ALUMNI IN {CITY}",
            "{COUNTRY}: MEDIA REACTION REPORT, {MONTH} {YEAR}",
        ),
        "headings": (
            "Editorial Comment",
            "Television",
            "Public Diplomacy Programs",
        ),
        "sentences": (
            'The {paper} ran a front-page editorial calling the new policy "a welcome '
            'change in tone."',
            "Commentators on state television were largely critical and focused on {third}.",
            "{A} of the {paper} told PAO that readers remain skeptical of American motives.",
            "The embassy's speaker program reached {num} students in {city} this quarter.",
            '{B} wrote that the visit showed "more interest in listening than in lecturing."',
            "Most newspapers carried the wire service account without comment.",
            "{C} said the government increasingly uses tax inspections to pressure "
            "independent outlets.",
            "The alumni association organized a conference in {city} attended by {num} "
            "former exchange participants.",
            "Online forums were dominated by criticism of the government's handling of the issue.",
            "The {paper} quoted unnamed officials as saying {A} had rejected the proposal.",
        ),
    },
    "aid": {
        "tags": "EAID:7 ECON:3 PREL:2 SOCI:2 PREF:1 KHIV:1",
        "subjects": (
            "{COUNTRY}: DONORS REVIEW RECONSTRUCTION PROGRAM",
            "{COUNTRY}: MILLENNIUM CHALLENGE COMPACT PROGRESS",
            "{COUNTRY}: FLOOD RELIEF NEEDS IN {CITY} REGION",
            "{COUNTRY}: HIV/AIDS PROGRAM RESULTS",
            "{COUNTRY}: FOOD SECURITY AND DONOR COORDINATION",
        ),
        "headings": (
            "Donor Coordination",
            "Program Results",
            "Humanitarian Needs",
            "Absorptive Capacity",
        ),
        "sentences": (
            "Donors pledged {amount} at the conference, less than the government requested.",
            "{A} thanked USAID for its support but asked that more funds go through the "
            "national budget.",
            "The compact's road project near {city} is {pct} percent complete.",
            "{B} warned that the {ministry} lacks the staff to manage large new programs.",
            "Flooding has displaced an estimated {num} families in the {city} region.",
            "{C} said aid deliveries are delayed at the border with {third}.",
            "The HIV program has enrolled {num} patients in treatment since it began.",
            "{A} rejected suggestions that aid had been diverted to political supporters.",
            "Donor coordination meetings are chaired by the {ministry} but remain largely "
            "ceremonial.",
            "{B} asked whether the United States could fund a second phase of the program "
            "in {year}.",
        ),
    },
    "demarche": {
        "tags": "PREL:6 PARM:2 PTER:2 KNNP:2 PHUM:1 ETTC:1 UNSC:1",
        "subjects": (
            "DEMARCHE REQUEST: {ORGU} VOTE ON {THIRD}",
            "ACTION REQUEST: SUPPORT FOR {THIRD} SANCTIONS REGIME",
            "GUIDANCE FOR MEETINGS ON {THIRD}",
            "TALKING POINTS ON {THIRD} FOR HOST GOVERNMENT",
            "DEMARCHE DELIVERED: {COUNTRY} RESPONSE ON {THIRD}",
        ),
        "headings": (
            "Objectives",
            "Background",
            "Points to Deliver",
            "Reporting Deadline",
        ),
        "sentences": (
            "Post is requested to deliver the points below to appropriate officials at the "
            "highest level possible.",
            "Washington's objective is to secure {country}'s support for the resolution on "
            "{third} at {org}.",
            "Posts may leave the points as a non-paper.",
            "Please report the response by cable before the vote.",
            "The United States remains deeply concerned about recent actions by {third}.",
            "We believe a unified message from the international community is essential.",
            "Posts should stress that this is a priority for the Secretary.",
            "If asked, posts may say that the United States has raised the matter directly "
            "with {third}.",
            "The Department is grateful for the help of posts in this effort.",
            "{We} delivered the points to {A} on {day}.",
            "{A} took note of the points and promised a formal reply before the deadline.",
        ),
        "points": (
            "We value our close cooperation with your government on {third}.",
            "The United States urges your government to support the resolution.",
            "We believe that sustained pressure offers the best chance of a diplomatic solution.",
            "We would welcome your views on how best to proceed.",
            "This issue will be raised at the upcoming ministerial.",
            "We ask that you refrain from steps that would undercut the common position.",
        ),
    },
    "biography": {
        "tags": "PINR:8 PGOV:4 PREL:2 KDEM:1",
        "subjects": (
            "{COUNTRY}: PROFILE OF NEW FOREIGN MINISTER {As}",
            "BIO NOTE: {As} OF THE {PARTY}",
            "{COUNTRY}: WHO IS {As}?",
            "{COUNTRY}: THE RISING GENERATION IN THE {PARTY}",
        ),
        "headings": (
            "Early Career",
            "Political Rise",
            "Style and Views",
            "Family",
        ),
        "sentences": (
            "{A} was born in {city} and studied law before joining the {ministry}.",
            "Contacts describe {A} as hard-working, cautious and fiercely loyal to the president.",
            "{A} speaks good English and spent a year in the United States on an exchange program.",
            "{B} said that {A} rarely takes a decision without consulting his inner circle.",
            "{A} first won a seat in parliament in {year} as a candidate of the {party}.",
            "Colleagues say {A} has little patience for long meetings and prefers short briefings.",
            "{A} is married and has two children; his wife is a physician in {city}.",
            "Opposition figures accuse {A} of using his office to benefit the {company}.",
            "{C} predicted that {A} will be a candidate for the top job before long.",
            "In meetings with {we}, {A} has been friendly but guarded.",
        ),
    },
    "visit": {
        "tags": "OVIP:6 PREL:6 PGOV:2 ECON:1 MARR:1",
        "subjects": (
            "SCENESETTER FOR {VIPU} VISIT TO {COUNTRY}",
            "{VIPU} MEETING WITH {ADJ} FOREIGN MINISTER {As}",
            "SCENESETTER: YOUR VISIT TO {COUNTRY}",
            "{COUNTRY}: CODEL VISIT TO {CITY}",
        ),
        "headings": (
            "Political Context",
            "What They Will Ask For",
            "Our Messages",
            "Your Schedule",
        ),
        "sentences": (
            "Embassy {capital} warmly welcomes the visit of {vip}.",
            "Your visit comes as {country} prepares for elections and the government is "
            "focused on domestic politics.",
            "{A} will want to hear that the United States values {country} as a partner.",
            "You should expect {A} to raise the question of visa policy.",
            "We recommend that you press {B} on the pending trade disputes.",
            "{vip} told {A} that the administration wants a relationship based on "
            "mutual respect and shared interests.",
            "{A} thanked {vip} for the visit and said it sent an important signal.",
            "{vip} stressed the importance of progress on {third} before the summit.",
            "Your meeting with civil society representatives in {city} will be followed "
            "closely by the press.",
            "{B} is likely to ask about American investment in the {company}.",
        ),
    },
}

# Sentences for any topic.
GENERIC_SENTENCES = (
    "{B} added that the decision would ultimately be made by the president himself.",
    "{A} asked that the United States keep the substance of the conversation confidential.",
    "We will continue to follow the issue closely and report further developments.",
    "The meeting lasted just over an hour and was cordial throughout.",
    "Embassy contacts in {city} offered a more pessimistic assessment.",
    "{C} said the public mood in {city} had turned noticeably more anxious since {month}.",
    "{A} promised to raise the matter with the {ministry} and to report back.",
    "Little of this has appeared in the {adj} press.",
    "{B} was more forthcoming than in previous meetings.",
    "It is too early to tell whether the announcement reflects a real change of course.",
    "Our contacts agree that the next few weeks will be decisive.",
    "{A} said he had discussed the issue with counterparts from {third} on {day}.",
    "The {paper} reported on {day} that the cabinet would take up the issue next week.",
    "{C} did not expect any change before the end of {year}.",
    "Several contacts pointed to the influence of the {company} on the decision.",
    "{We} reminded {A} of the commitments made during the last round of talks.",
    "The government has not commented publicly.",
    "{B} said the figures would be published only after the {month} session of parliament.",
)
COMMENTS = (
    "The tone of the meeting was more positive than we expected.",
    "{As}'s remarks suggest that the leadership is divided on the issue.",
    "We doubt that the government will follow through without sustained pressure.",
    "This is the clearest statement yet of {country}'s position.",
    "The government appears to be hedging its bets until the situation in {third} clarifies.",
    "Post will continue to press for concrete steps rather than statements of intent.",
    "We see little reason to expect a breakthrough in the near term.",
    "The episode underscores how much depends on personal relationships at the top.",
    "A visit by a senior Washington official would help move the issue forward.",
    "We believe {As} is sincere but may lack the authority to deliver.",
)
REFTEL_SENTENCES = (
    "As reported {reftel}, the issue has been on the agenda since early {year}.",
    "This cable follows up on {reftel}.",
    "{We} delivered the points {reftel} on {day}.",
    "{A} has now reversed the position described {reftel}.",
    "The developments described {reftel} have continued.",
    "For background, see {reftel}.",
)
NONCABLE_REFS = (
    "EMAIL FROM POL/C {date}",
    "SECDEF {dtg}",
    "TELCON {date}",
    "EMBASSY DAILY REPORT {date}",
    "USDAO {city} IIR {iir}",
    "CIA {dtg}",
    "DHS EMAIL {date}",
    "WHITE HOUSE PRESS RELEASE {date}",
    "{surname}/{surname2} EMAIL {date}",
    "UNSCR {unscr}",
    "PARIS POINT ESTIMATE {date}",
)

# Which kinds of officials each topic prefers as the main interlocutor.
TOPIC_DOMAINS = {
    "politics": ("pol",), "bilateral": ("pol",), "human_rights": ("hr", "media"),
    "terrorism": ("sec",), "nonproliferation": ("nuke", "pol", "sec"), "military": ("mil",),
    "energy": ("econ",), "economy": ("econ",), "narcotics": ("sec",), "consular": ("sec", "pol"),
    "multilateral": ("pol",), "environment": ("soc",), "media": ("media",), "aid": ("soc", "econ"),
    "demarche": ("pol",), "biography": ("pol",), "visit": ("pol",),
}  # fmt: skip
TOPIC_MINISTRIES = {
    "politics": ("Ministry of Interior", "Ministry of Justice"),
    "bilateral": ("Ministry of Foreign Affairs",), "multilateral": ("Ministry of Foreign Affairs",),
    "demarche": ("Ministry of Foreign Affairs",), "visit": ("Ministry of Foreign Affairs",),
    "biography": ("Ministry of Foreign Affairs", "Ministry of Justice"),
    "human_rights": ("Ministry of Justice", "Ministry of Interior"),
    "terrorism": ("Ministry of Interior",),
    "narcotics": ("Ministry of Interior", "Ministry of Justice"),
    "nonproliferation": ("Ministry of Foreign Affairs", "Ministry of Trade", "Ministry of Energy"),
    "military": ("Ministry of Defense",), "energy": ("Ministry of Energy",),
    "economy": ("Ministry of Finance", "Ministry of Economic Development", "Ministry of Trade"),
    "consular": ("Ministry of Foreign Affairs", "Ministry of Interior"),
    "environment": ("Ministry of Environment", "Ministry of Health", "Ministry of Agriculture"),
    "media": ("Ministry of Education",), "aid": ("Ministry of Finance", "Ministry of Health"),
}  # fmt: skip
REGION_BUREAUS = {"EUR": "EUR", "NEA": "NEA", "SCA": "SCA", "EAP": "EAP", "WHA": "WHA", "AF": "AF"}
REGION_COLLECTIVES = {
    "EUR": ("RUEHZL/EUROPEAN POLITICAL COLLECTIVE", "RUCNCIS/CIS COLLECTIVE"),
    "NEA": ("RUEHEE/ARAB LEAGUE COLLECTIVE", "RUEHZM/GULF COOPERATION COUNCIL COLLECTIVE"),
    "SCA": ("RUEHZG/SOUTH AND CENTRAL ASIA COLLECTIVE",),
    "EAP": ("RUEHZS/ASEAN COLLECTIVE", "RUEHZU/ASIAN PACIFIC ECONOMIC COOPERATION"),
    "WHA": ("RUEHZA/WHA CENTRAL AMERICAN COLLECTIVE", "RUEHWH/WESTERN HEMISPHERE POSTS"),
    "AF": ("RUEHZO/AFRICAN UNION COLLECTIVE", "RUEHXR/RWANDA COLLECTIVE"),
}  # fmt: skip
AGENCY_ADDRESSEES = (
    "RUEKJCS/SECDEF WASHDC",
    "RHEHNSC/NSC WASHDC",
    "RUEAIIA/CIA WASHDC",
    "RHEFDIA/DIA WASHDC",
    "RUEKJCS/JOINT STAFF WASHDC",
    "RUEATRS/DEPT OF TREASURY WASHDC",
    "RUCPDOC/DEPT OF COMMERCE WASHDC",
    "RHMFISS/CDR USCENTCOM MACDILL AFB FL",
    "RHMFISS/HQ USEUCOM VAIHINGEN GE",
    "RHHMUNA/HQ USPACOM HONOLULU HI",
    "RUEAWJA/DEPT OF JUSTICE WASHDC",
    "RHEHAAA/WHITE HOUSE WASHINGTON DC",
)


# ---------------------------------------------------------------------------
# The fictional world built from the lists above. Fixed: it does not depend on
# the generator's seed, so the same people appear in every generated corpus.


def stable_hash(*parts: object) -> int:
    """A hash that is the same in every run (str hashes are salted per process)."""
    return zlib.crc32("\x1f".join(map(str, parts)).encode())


@dataclass(frozen=True, slots=True)
class Post:
    key: str  # as in reference ids: RIODEJANEIRO
    name: str  # as in classification and REF lines: RIO DE JANEIRO
    routing: str  # the FM line: AMCONSUL RIO DE JANEIRO
    code: str  # routing indicator: RUEHRI
    country: str  # country tag, empty for STATE and multilateral missions
    weight: int
    first_year: int
    last_year: int

    def yearly_volume(self, year: int) -> int:
        """Roughly how many cables the post numbers in a year (serials run up to this)."""
        if self.key == "STATE":
            return 135_000 if year >= 1990 else 300_000
        return 400 + 160 * self.weight


@dataclass(frozen=True, slots=True)
class Person:
    given: str
    surname: str
    title: str
    domain: str
    country: str
    family_first: bool = False

    @property
    def full_name(self) -> str:
        if self.family_first:
            return f"{self.surname} {self.given}"
        return f"{self.given} {self.surname}"

    @property
    def mention(self) -> str:
        return f"{self.title} {self.full_name}"

    @property
    def tag(self) -> str:
        return f"({self.surname.upper()}, {self.given.upper()})"


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    adjective: str
    region: str
    cities: tuple[str, ...]
    people: tuple[Person, ...]
    parties: tuple[str, ...]
    companies: tuple[str, ...]
    newspaper: str
    ngo: str
    weight: int


@dataclass(frozen=True)
class World:
    posts: tuple[Post, ...]
    countries: dict[str, Country]
    us_given: tuple[str, ...]
    us_surnames: tuple[str, ...]
    country_codes: tuple[str, ...]
    country_cum_weights: tuple[float, ...]

    def post(self, key: str) -> Post:
        return next(p for p in self.posts if p.key == key)

    def random_country(self, rng: random.Random, near: str = "") -> str:
        if near and rng.random() < 0.55:
            region = self.countries[near].region
            pool = [
                c for c in self.country_codes if c != near and self.countries[c].region == region
            ]
            if pool:
                return rng.choice(pool)
        while True:
            code = rng.choices(self.country_codes, cum_weights=self.country_cum_weights)[0]
            if code != near:
                return code

    def american(self, role: str, post_key: str, year: int, initial: bool = True) -> str:
        """The fictional American holding a role at a post; staff rotate every three years."""
        h = stable_hash(role, post_key, year // 3)
        given = self.us_given[h % len(self.us_given)]
        surname = self.us_surnames[(h // 97) % len(self.us_surnames)]
        if initial and h % 10 < 7:
            return f"{given} {chr(65 + (h // 13) % 26)}. {surname}"
        return f"{given} {surname}"

    def all_people(self) -> list[Person]:
        """The fictional cast, for checking entity extraction against generated cables."""
        return [person for country in self.countries.values() for person in country.people]


def _names(text: str) -> list[str]:
    return text.split(", ") if ", " in text else text.split()


def _person_title(title: str, rng: random.Random, cities, parties, company, paper, ngo) -> str:
    if title in ("Governor", "Mayor"):
        return f"{title} of {rng.choice(cities[1:] or cities)}"
    return {
        "Opposition Leader": f"{parties[1]} leader",
        "Member of Parliament": f"{parties[0]} parliamentarian",
        "Editor-in-Chief": f"{paper} Editor-in-Chief",
        "Human Rights Activist": f"{ngo} Director",
        "Chief Executive Officer": f"{company} CEO",
    }.get(title, title)


def _cast(code: str, size: int, rng: random.Random, parts: dict) -> tuple[Person, ...]:
    given_text, surname_text, family_first = NAME_POOLS[parts["pool"]]
    given, surnames = _names(given_text), _names(surname_text)
    core = [t for t in TITLES[:3]]
    rest = rng.sample(TITLES[3:], min(size, len(TITLES)) - 3)
    chosen_surnames = rng.sample(surnames, min(size, len(surnames)))
    people = []
    for i, (title, domain) in enumerate(core + rest):
        surname = chosen_surnames[i % len(chosen_surnames)]
        if i >= len(chosen_surnames):  # a small pool: vary the given name instead
            surname = f"{surname}-{rng.choice(surnames)}" if not family_first else surname
        people.append(
            Person(
                given=rng.choice(given),
                surname=surname,
                title=_person_title(title, rng, **{k: parts[k] for k in parts if k != "pool"}),
                domain=domain,
                country=code,
                family_first=family_first,
            )
        )
    return tuple(people)


def build_world() -> World:
    """Build the fictional cast and organizations; the same every time."""
    rng = random.Random("cable-world-v1")
    weights: dict[str, int] = {}
    for post in POSTS:
        if post[4]:
            weights[post[4]] = weights.get(post[4], 0) + post[5]
    party_names = [f"{a} {b}" for a in PARTY_WORDS[0].split() for b in PARTY_WORDS[1].split()]
    company_names = [f"{a} {b}" for a in COMPANY_WORDS[0].split() for b in COMPANY_WORDS[1].split()]
    rng.shuffle(party_names)
    rng.shuffle(company_names)
    countries = {}
    for i, (code, (name, adjective, region, pool, cities)) in enumerate(COUNTRIES.items()):
        parties = tuple(party_names[3 * i : 3 * i + 3])
        companies = tuple(company_names[2 * i : 2 * i + 2])
        paper = f"{cities[0]} {NEWSPAPER_WORDS[i % len(NEWSPAPER_WORDS)]}"
        ngo = f"{adjective} {rng.choice(('Center', 'Committee', 'League'))} for Civic Rights"
        weight = weights.get(code, 1)
        parts = dict(pool=pool, cities=cities, parties=parties, company=companies[0],
                     paper=paper, ngo=ngo)  # fmt: skip
        people = _cast(code, min(6 + weight // 3, 18), rng, parts)
        countries[code] = Country(code, name, adjective, region, cities, people, parties,
                                  companies, paper, ngo, weight)  # fmt: skip
    codes = tuple(countries)
    cum, total = [], 0.0
    for code in codes:
        total += countries[code].weight
        cum.append(total)
    posts = tuple(Post(*row) for row in POSTS)
    return World(posts, countries, tuple(US_GIVEN.split()), tuple(US_SURNAMES.split()),
                 codes, tuple(cum))  # fmt: skip

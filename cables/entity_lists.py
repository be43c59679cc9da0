"""Word lists for the rule-based entity extractor (``cables/entities.py``).

Plain data: every name is written the way it is displayed; the extractor matches
them case-insensitively on word boundaries (acronyms case-sensitively in mixed-case
text). A variant maps to its canonical name so that "Russian Federation" and
"Russia" are one place.
"""

from __future__ import annotations


def _words(block: str) -> list[str]:
    return block.split()


# Canonical country name -> other names it goes by in cables.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "Afghanistan": (),
    "Albania": (),
    "Algeria": (),
    "Andorra": (),
    "Angola": (),
    "Antigua and Barbuda": (),
    "Argentina": (),
    "Armenia": (),
    "Australia": (),
    "Austria": (),
    "Azerbaijan": (),
    "The Bahamas": ("Bahamas",),
    "Bahrain": (),
    "Bangladesh": (),
    "Barbados": (),
    "Belarus": ("Byelorussia",),
    "Belgium": (),
    "Belize": (),
    "Benin": (),
    "Bhutan": (),
    "Bolivia": (),
    "Bosnia and Herzegovina": ("Bosnia", "Bosnia-Herzegovina", "BiH"),
    "Botswana": (),
    "Brazil": (),
    "Brunei": ("Brunei Darussalam",),
    "Bulgaria": (),
    "Burkina Faso": (),
    "Burma": ("Myanmar",),
    "Burundi": (),
    "Cambodia": (),
    "Cameroon": (),
    "Canada": (),
    "Cape Verde": (),
    "Central African Republic": ("CAR",),
    "Chad": (),
    "Chile": (),
    "China": ("People's Republic of China", "PRC", "Mainland China"),
    "Colombia": (),
    "Comoros": (),
    "Republic of the Congo": ("Congo-Brazzaville", "Congo Brazzaville"),
    "Democratic Republic of the Congo": ("DRC", "Congo-Kinshasa", "Congo Kinshasa", "DROC"),
    "Costa Rica": (),
    "Cote d'Ivoire": ("Ivory Coast", "Côte d'Ivoire"),
    "Croatia": (),
    "Cuba": (),
    "Cyprus": (),
    "Czech Republic": ("Czechia",),
    "Denmark": (),
    "Djibouti": (),
    "Dominica": (),
    "Dominican Republic": (),
    "East Timor": ("Timor-Leste",),
    "Ecuador": (),
    "Egypt": (),
    "El Salvador": (),
    "Equatorial Guinea": (),
    "Eritrea": (),
    "Estonia": (),
    "Ethiopia": (),
    "Fiji": (),
    "Finland": (),
    "France": (),
    "Gabon": (),
    "The Gambia": ("Gambia",),
    "Georgia": (),
    "Germany": ("Federal Republic of Germany", "FRG"),
    "Ghana": (),
    "Greece": (),
    "Grenada": (),
    "Guatemala": (),
    "Guinea": (),
    "Guinea-Bissau": ("Guinea Bissau",),
    "Guyana": (),
    "Haiti": (),
    "Honduras": (),
    "Hungary": (),
    "Iceland": (),
    "India": (),
    "Indonesia": (),
    "Iran": ("Islamic Republic of Iran",),
    "Iraq": (),
    "Ireland": (),
    "Israel": (),
    "Italy": (),
    "Jamaica": (),
    "Japan": (),
    "Jordan": (),
    "Kazakhstan": (),
    "Kenya": (),
    "Kiribati": (),
    "North Korea": ("DPRK", "Democratic People's Republic of Korea"),
    "South Korea": ("ROK", "Republic of Korea"),
    "Kosovo": (),
    "Kuwait": (),
    "Kyrgyzstan": ("Kyrgyz Republic", "Kirgizstan"),
    "Laos": ("Lao PDR",),
    "Latvia": (),
    "Lebanon": (),
    "Lesotho": (),
    "Liberia": (),
    "Libya": (),
    "Liechtenstein": (),
    "Lithuania": (),
    "Luxembourg": (),
    "Macedonia": ("FYROM", "Former Yugoslav Republic of Macedonia"),
    "Madagascar": (),
    "Malawi": (),
    "Malaysia": (),
    "Maldives": (),
    "Mali": (),
    "Malta": (),
    "Marshall Islands": (),
    "Mauritania": (),
    "Mauritius": (),
    "Mexico": (),
    "Micronesia": (),
    "Moldova": (),
    "Monaco": (),
    "Mongolia": (),
    "Montenegro": (),
    "Morocco": (),
    "Mozambique": (),
    "Namibia": (),
    "Nauru": (),
    "Nepal": (),
    "Netherlands": ("The Netherlands", "Holland"),
    "New Zealand": (),
    "Nicaragua": (),
    "Niger": (),
    "Nigeria": (),
    "Norway": (),
    "Oman": (),
    "Pakistan": (),
    "Palau": (),
    "Panama": (),
    "Papua New Guinea": (),
    "Paraguay": (),
    "Peru": (),
    "Philippines": ("The Philippines",),
    "Poland": (),
    "Portugal": (),
    "Qatar": (),
    "Romania": (),
    "Russia": ("Russian Federation",),
    "Rwanda": (),
    "Saint Kitts and Nevis": ("St. Kitts and Nevis",),
    "Saint Lucia": ("St. Lucia",),
    "Saint Vincent and the Grenadines": ("St. Vincent and the Grenadines",),
    "Samoa": (),
    "San Marino": (),
    "Sao Tome and Principe": (),
    "Saudi Arabia": ("KSA",),
    "Senegal": (),
    "Serbia": (),
    "Serbia and Montenegro": (),
    "Seychelles": (),
    "Sierra Leone": (),
    "Singapore": (),
    "Slovakia": ("Slovak Republic",),
    "Slovenia": (),
    "Solomon Islands": (),
    "Somalia": (),
    "Somaliland": (),
    "South Africa": ("RSA",),
    "Spain": (),
    "Sri Lanka": (),
    "Sudan": (),
    "Suriname": (),
    "Swaziland": (),
    "Sweden": (),
    "Switzerland": (),
    "Syria": ("Syrian Arab Republic",),
    "Taiwan": (),
    "Tajikistan": (),
    "Tanzania": (),
    "Thailand": (),
    "Togo": (),
    "Tonga": (),
    "Trinidad and Tobago": (),
    "Tunisia": (),
    "Turkey": (),
    "Turkmenistan": (),
    "Tuvalu": (),
    "Uganda": (),
    "Ukraine": ("The Ukraine",),
    "United Arab Emirates": ("UAE", "U.A.E."),
    "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain"),
    "United States": ("United States of America", "USA", "U.S.A."),
    "Uruguay": (),
    "Uzbekistan": (),
    "Vanuatu": (),
    "Holy See": ("Vatican", "Vatican City"),
    "Venezuela": (),
    "Vietnam": ("Viet Nam",),
    "Yemen": (),
    "Yugoslavia": (),
    "Zambia": (),
    "Zimbabwe": (),
    "Soviet Union": ("USSR", "U.S.S.R."),
    "Czechoslovakia": (),
}

# Territories, regions and areas that cables treat as places in their own right.
AREAS: dict[str, tuple[str, ...]] = {
    "Abkhazia": (),
    "Aruba": (),
    "Bermuda": (),
    "Cayman Islands": (),
    "Chechnya": (),
    "Crimea": (),
    "Dagestan": (),
    "Darfur": (),
    "Diego Garcia": (),
    "Falkland Islands": ("Falklands", "Malvinas"),
    "Gaza": ("Gaza Strip",),
    "Golan Heights": ("Golan",),
    "Greenland": (),
    "Guam": (),
    "Hong Kong": (),
    "Ingushetia": (),
    "Kashmir": (),
    "Kurdistan": (),
    "Macau": ("Macao",),
    "Nagorno-Karabakh": ("Nagorno Karabakh",),
    "Northern Ireland": (),
    "Puerto Rico": (),
    "South Ossetia": (),
    "Tibet": (),
    "Transnistria": (),
    "West Bank": (),
    "Western Sahara": (),
    "Xinjiang": (),
    "Zanzibar": (),
    "Balkans": ("The Balkans",),
    "Caucasus": ("The Caucasus", "South Caucasus", "North Caucasus"),
    "Central Asia": (),
    "Horn of Africa": (),
    "Latin America": (),
    "Middle East": (),
    "Persian Gulf": (),
    "Sahel": (),
    "Southeast Asia": (),
    "Sub-Saharan Africa": (),
    "Western Hemisphere": (),
    "Helmand": (),
    "Kandahar": (),
    "Swat": (),
    "Waziristan": ("North Waziristan", "South Waziristan"),
    "FATA": ("Federally Administered Tribal Areas",),
    "Punjab": (),
    "Sindh": (),
    "Baluchistan": ("Balochistan",),
    "Catalonia": (),
    "Basque Country": (),
    "Bavaria": (),
    "Siberia": (),
    "Patagonia": (),
    "Amazon": (),
    "Niger Delta": (),
    "Mindanao": (),
    "Aceh": (),
    "Papua": (),
    "Bali": (),
    "Java": (),
    "Sumatra": (),
    "Okinawa": (),
    "Hokkaido": (),
    "Sicily": (),
    "Sardinia": (),
    "Corsica": (),
    "Scotland": (),
    "Wales": (),
    "England": (),
    "Quebec": (),
    "Ontario": (),
    "Alberta": (),
    "California": (),
    "Texas": (),
    "Florida": (),
    "New York State": (),
    "Hawaii": (),
    "Alaska": (),
}


def _table(block: str) -> dict[str, tuple[str, ...]]:
    """Parse 'Name|Variant|Variant' lines into {name: variants}."""
    table: dict[str, tuple[str, ...]] = {}
    for line in block.strip().splitlines():
        name, *variants = (part.strip() for part in line.split("|"))
        table[name] = tuple(variants)
    return table


# Capitals, other large cities and the cities of US posts. Variants map to the name.
# Left out on purpose: city names that are common English words or first names
# (Male, Nice, Split, Reading, Mobile, Victoria, Florence, Hamilton, Charlotte).
CITIES = _table(
    """
Abidjan
 Dhabi
Abuja
Accra
Addis Ababa
Adana
Aden
Algiers
Almaty|Alma-Ata|Alma Ata
Amman
Amsterdam
Ankara
Antananarivo
Apia
Ashgabat|Ashkhabad
Asmara
Astana
Asuncion|Asunción
Athens
Auckland
Baghdad
Baku
Bamako
Bandar Seri Begawan
Bangalore|Bengaluru
Bangkok
Bangui
Banjul
Barcelona
Basra|Basrah
Beijing|Peking
Beirut
Belgrade
Belmopan
Benghazi
Berlin
Bern|Berne
Bishkek
Bissau
Bogota|Bogotá
Mumbai|Bombay
Bonn
Brasilia|Brasília
Bratislava
Brazzaville
Bridgetown
Brisbane
Brussels
Bucharest
Budapest
Buenos Aires
Bujumbura
Cairo
Kolkata|Calcutta
Calgary
Canberra
Cancun
Cape Town
Caracas
Casablanca
Chengdu
Chennai|Madras
Chiang Mai
Chisinau
Ciudad Juarez
Colombo
Conakry
Copenhagen
Cotonou
Curacao
Dakar
Damascus
Dar es Salaam
Dhahran
Dhaka|Dacca
Dili
Djibouti City
Doha
Dubai
Dublin
Durban
Dushanbe
Edinburgh
Erbil|Irbil
Frankfurt
Freetown
Gaborone
Geneva
Georgetown
Guadalajara
Guangzhou|Canton
Guatemala City
Guayaquil
The Hague|Hague
Halifax
Hamburg
Hanoi
Harare
Havana
Helsinki
Herat
Hermosillo
Ho Chi Minh City|Saigon
Honiara
Houston
Hyderabad
Islamabad
Istanbul
Jakarta
Jeddah|Jiddah
Jerusalem
Johannesburg
Juba
Kabul
Kaduna
Kampala
Kano
Karachi
Kathmandu
Khartoum
Kiev|Kyiv
Kigali
Kingston
Kinshasa
Kirkuk
Kolonia
Koror
Krakow
Kuala Lumpur
Kuwait City
La Paz
Lagos
Lahore
Leipzig
Libreville
Lilongwe
Lima
Lisbon
Ljubljana
Lome|Lomé
London
Los Angeles
Luanda
Lusaka
Luxembourg City
Lyon
Madrid
Majuro
Malabo
Managua
Manama
Manila
Maputo
Marrakech|Marrakesh
Marseille
Maseru
Matamoros
Mazar-e Sharif|Mazar-i-Sharif|Mazar-e-Sharif
Mbabane
Mecca
Medan
Medina
Melbourne
Merida
Mexico City
Miami
Milan
Minsk
Mogadishu
Monrovia
Monterrey
Montevideo
Montreal
Moscow
Mosul
Munich
Muscat
N'Djamena|Ndjamena
Naha
Nairobi
Najaf
Naples
Nassau
New Delhi|Delhi
New York
Niamey
Nicosia
Nouakchott
Nogales
Nuevo Laredo
Nuku'alofa
Osaka
Oslo
Ottawa
Ouagadougou
Palermo
Panama City
Paramaribo
Paris
Perth
Peshawar
Phnom Penh
Podgorica
Ponta Delgada
Port Louis
Port Moresby
Port of Spain|Port-of-Spain
Port-au-Prince|Port au Prince
Porto Alegre
Prague
Praia
Pretoria
Pristina|Prishtina
Quebec City
Quetta
Quito
Rabat
Rangoon|Yangon
Recife
Reykjavik
Riga
Rio de Janeiro
Riyadh
Rome
Roseau
Rotterdam
Saint Petersburg|St. Petersburg|St Petersburg|Leningrad
San Jose|San José
San Salvador
Sanaa|Sana'a
Santiago
Santo Domingo
Sao Paulo|São Paulo
Sapporo
Sarajevo
Seoul
Shanghai
Shenyang
Shenzhen
Skopje
Sofia
St. George's
Stockholm
Strasbourg
Surabaya
Suva
Sydney
Taipei
Tallinn
Tashkent
Tbilisi
Tegucigalpa
Tehran|Teheran
Tel Aviv
Thessaloniki
Tijuana
Tikrit
Tirana|Tirane
Tokyo
Toronto
Tripoli
Tunis
Ulaanbaatar|Ulan Bator
Vaduz
Valletta
Vancouver
Vienna
Vientiane
Vilnius
Vladivostok
Warsaw
Washington|Washington D.C.|Washington DC
Wellington
Windhoek
Wuhan
Yaounde|Yaoundé
Yekaterinburg
Yerevan
Zagreb
Zurich
Fallujah|Falluja
Ramadi
Karbala
Sulaymaniyah
Nablus
Ramallah
Hebron
Haifa
Jalalabad
Kunduz
Lashkar Gah
Faisalabad
Rawalpindi
Multan
Chittagong
Mandalay
Cebu
Davao
Da Nang
Haiphong
Tianjin
Chongqing
Hangzhou
Nanjing
Xi'an
Lhasa
Urumqi
Busan|Pusan
Pyongyang
Kaesong
Nagoya
Fukuoka
Goma
Lubumbashi
Kisangani
Mombasa
Kismayo
Hargeisa
Misrata|Misurata
Alexandria
Port Said
Aswan
Tangier
Fez
Oran
Constantine
Sfax
Lubango
Bulawayo
Kaliningrad
Novosibirsk
Nizhny Novgorod
Kazan
Sochi
Murmansk
Grozny
Kharkiv|Kharkov
Odessa|Odesa
Lviv
Donetsk
Sevastopol
Simferopol
Batumi
Osh
Samarkand
Bukhara
Izmir
Antalya
Diyarbakir
Gothenburg
Bergen
Antwerp
Lausanne
Cologne
Stuttgart
Dusseldorf|Düsseldorf
Bordeaux
Lille
Toulouse
Seville
Valencia
Bilbao
Porto
Turin
Venice
Bologna
Genoa
Salzburg
Gdansk
Brno
Cluj
Varna
Dubrovnik
Belfast
Manchester
Glasgow
Cardiff
Birmingham
Liverpool
Chicago
Boston
San Francisco
Seattle
Atlanta
Denver
Detroit
Philadelphia
Guantanamo|Guantanamo Bay|GTMO
Veracruz
Oaxaca
Chiapas
Acapulco
Cartagena
Medellin|Medellín
Cali
Barranquilla
Maracaibo
Valparaiso
Cordoba
Rosario
Mendoza
Santa Cruz
Cochabamba
Ciudad del Este
Manaus
Belo Horizonte
Curitiba
Fortaleza
"""
)

# Organizations: "Display Name|variant|variant". All-capital variants of up to eight
# characters are acronyms: in mixed-case text they match only in capitals.
ORGANIZATIONS = _table(
    """
United Nations|UN|U.N.
UN Security Council|UNSC|Security Council|U.N. Security Council|United Nations Security Council
UN General Assembly|UNGA|General Assembly|United Nations General Assembly
UN Human Rights Council|UNHRC|Human Rights Council
UN High Commissioner for Refugees|UNHCR
UNICEF
UN Development Programme|UNDP|UN Development Program
UN Environment Programme|UNEP
UNESCO
UN Office on Drugs and Crime|UNODC
World Food Programme|WFP|World Food Program
World Health Organization|WHO
IAEA|International Atomic Energy Agency
NATO|North Atlantic Treaty Organization
European Union|EU|E.U.
European Commission|EC
European Parliament
European Council
Council of Europe
OSCE|Organization for Security and Cooperation in Europe
African Union|AU
Arab League|League of Arab States
Organization of American States|OAS
Organization of the Islamic Conference|OIC
Gulf Cooperation Council|GCC
Shanghai Cooperation Organization|SCO
Collective Security Treaty Organization|CSTO
Commonwealth of Independent States|CIS
ECOWAS|Economic Community of West African States
SADC|Southern African Development Community
IGAD
MERCOSUR|Mercosul
UNASUR|Union of South American Nations
ASEAN|Association of Southeast Asian Nations
APEC|Asia-Pacific Economic Cooperation
OPEC|Organization of the Petroleum Exporting Countries
Group of Eight|G8|G-8
Group of Twenty|G20|G-20
International Monetary Fund|IMF
World Bank
World Trade Organization|WTO
Inter-American Development Bank|IDB|IADB
Asian Development Bank|ADB
African Development Bank|AfDB
EBRD|European Bank for Reconstruction and Development
OECD|Organization for Economic Cooperation and Development
International Criminal Court|ICC
International Court of Justice|ICJ
International Criminal Tribunal for the former Yugoslavia|ICTY
International Committee of the Red Cross|ICRC
International Organization for Migration|IOM
International Labour Organization|ILO|International Labor Organization
Interpol
Nuclear Suppliers Group|NSG
Missile Technology Control Regime|MTCR
OPCW|Organization for the Prohibition of Chemical Weapons
Financial Action Task Force|FATF
ISAF|International Security Assistance Force
KFOR
UNIFIL
MONUC
UNAMID
AMISOM
EULEX
UNMIK
Human Rights Watch
Amnesty International
Doctors Without Borders|Medecins Sans Frontieres|MSF
USAID|U.S. Agency for International Development|US Agency for International Development
Peace Corps
Millennium Challenge Corporation|MCC
FBI|Federal Bureau of Investigation
CIA|Central Intelligence Agency
DEA|Drug Enforcement Administration
Department of Homeland Security|DHS
Department of Defense|DOD|DoD|Pentagon
Department of State|State Department
National Security Council|NSC
Southern Command|SOUTHCOM
Central Command|CENTCOM
Africa Command|AFRICOM
European Command|EUCOM
Pacific Command|PACOM
Export-Import Bank|Ex-Im Bank|EXIM Bank
OPIC|Overseas Private Investment Corporation
Foreign and Commonwealth Office|FCO
Hamas|HAMAS
Hizballah|Hezbollah|Hizbollah|Hizbullah|Hizballah
Fatah
Palestinian Authority|Palestinian National Authority
Palestine Liberation Organization|PLO
Taliban|Taleban
Al-Qaida|al-Qaida|Al-Qaeda|al-Qaeda|Al Qaeda|Al Qaida|al-Qa'ida|AQ
Al-Qaida in the Islamic Maghreb|AQIM
Al-Shabaab|al-Shabaab|Al Shabaab|Shabaab|al-Shabab|Al-Shabab
Muslim Brotherhood
Lashkar-e-Taiba|Lashkar-e-Tayyiba|LeT
Jaish-e-Mohammed|JeM
Tehrik-e-Taliban Pakistan|TTP
Haqqani Network
PKK|Kurdistan Workers' Party
ETA
FARC|Revolutionary Armed Forces of Colombia
ELN
AUC
Shining Path|Sendero Luminoso
LTTE|Liberation Tigers of Tamil Eelam|Tamil Tigers
Jaysh al-Mahdi|Mahdi Army|JAM
Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards|Pasdaran
Basij
Mossad
FSB
KGB
ISI|Inter-Services Intelligence
Janjaweed
SPLM|Sudan People's Liberation Movement
Lord's Resistance Army|LRA
Movement for Democratic Change|MDC
ZANU-PF|ZANU PF|ZANU
African National Congress|ANC
United Russia
Communist Party of China|Chinese Communist Party|CCP|CPC
Communist Party of the Russian Federation|KPRF
Kadima
Likud
Shas
Yisrael Beiteinu
Indian National Congress|Congress Party
Bharatiya Janata Party|BJP
Pakistan Peoples Party|PPP|Pakistan People's Party
Pakistan Muslim League-Nawaz|PML-N
Pakistan Muslim League-Quaid|PML-Q
Awami National Party|ANP
Muttahida Qaumi Movement|MQM
Awami League
Bangladesh Nationalist Party|BNP
Justice and Development Party|AKP
Republican People's Party|CHP
Nationalist Movement Party|MHP
Democratic Society Party|DTP
Institutional Revolutionary Party|PRI
National Action Party|PAN
Party of the Democratic Revolution|PRD
Spanish Socialist Workers' Party|PSOE
 Democratic Union|CDU
 Social Union|CSU
Social Democratic Party of Germany|SPD
Free Democratic Party|FDP
Union for a Popular Movement|UMP
Liberal Democrats|Lib Dems
Party of Regions
Our Ukraine
Yulia Tymoshenko Bloc|BYuT|Tymoshenko Bloc
Kuomintang|KMT
Democratic Progressive Party|DPP
Liberal Democratic Party|LDP
Democratic Party of Japan|DPJ
Sandinista National Liberation Front|FSLN|Sandinistas
Fretilin
Amal
Free Patriotic Movement|FPM
Future Movement
Lebanese Forces
Kataeb|Phalange
Islamic Action Front|IAF
Ennahda
Kurdistan Democratic Party|KDP
Patriotic Union of Kurdistan|PUK
Islamic Supreme Council of Iraq|ISCI|SIIC|Supreme Islamic Iraqi Council
Dawa Party|Da'wa Party
Iraqiya|Iraqiyya
United Iraqi Alliance|UIA
Fidesz
Jobbik
United National Movement|UNM
Nur Otan
Movement Toward Socialism|MAS
United Socialist Party of Venezuela|PSUV
Colorado Party
Frente Amplio|Broad Front
Justicialist Party|Partido Justicialista
Radical Civic Union|UCR
Concertacion|Concertación
Gazprom
Rosneft
Lukoil|LUKoil
Transneft
Rosatom
Rosoboronexport
Gazprombank
Sberbank
Aeroflot
Yukos
Norilsk Nickel
Rusal
Petrobras
Embraer
Odebrecht
PDVSA
Pemex
Ecopetrol
YPF
Repsol|Repsol YPF
Telefonica|Telefónica
Saudi Aramco|Aramco
SABIC
ADNOC
National Iranian Oil Company|NIOC
Sinopec
PetroChina
China National Petroleum Corporation|CNPC
CNOOC
Huawei
ZTE
Lenovo
Tata
Reliance Industries
Infosys
Toyota
Nissan
Sony
Mitsubishi
Samsung
Hyundai
Daewoo
Siemens
Volkswagen
Daimler
BMW
Deutsche Bank
Deutsche Telekom
RWE
BASF
Bayer
Airbus
EADS
Thales
Dassault
Areva
Alstom
GDF Suez
Renault
Peugeot
Eni|ENI
Finmeccanica
Fiat
UniCredit
Enel|ENEL
Statoil|StatoilHydro
Norsk Hydro
Royal Dutch Shell|Shell
BP|British Petroleum
BAE Systems
Rolls-Royce
HSBC
Barclays
Vodafone
Nokia
Ericsson
Saab
Volvo
Philips
Unilever
Nestle|Nestlé
Novartis
UBS
Credit Suisse
Glencore
ArcelorMittal|Arcelor Mittal
Rio Tinto
BHP Billiton
Anglo American
De Beers
Boeing
Lockheed Martin|Lockheed
Raytheon
Northrop Grumman
General Dynamics
General Electric
Halliburton
ExxonMobil|Exxon Mobil|Exxon
Chevron
ConocoPhillips
Microsoft
Google
Cisco
IBM
Motorola
Coca-Cola
PepsiCo|Pepsi
Wal-Mart|Walmart
Citigroup|Citibank
JPMorgan|JP Morgan|J.P. Morgan
Goldman Sachs
Morgan Stanley
Monsanto
Cargill
Chiquita
Pfizer
Blackwater
DynCorp
KBR
Bechtel
Westinghouse
General Motors
Chrysler
Al Jazeera|Al-Jazeera|Aljazeera
Al Arabiya|Al-Arabiya
BBC
CNN
Reuters
Agence France-Presse|AFP
New York Times
Washington Post
Xinhua
ITAR-TASS|Itar-Tass
RIA Novosti
Interfax
"""
)

# Acronyms and names that are ordinary words when a text is all in capitals.
AMBIGUOUS_IN_UPPER_CASE = frozenset(
    {"WHO", "CAR", "PAN", "MAS", "SHELL", "AMAL", "ETA", "JAM", "LET", "AQ", "UNM", "BASIJ"}
)

# "Foreign Ministry", "MFA": the short forms of ministries, by their long form.
MINISTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "Ministry of Foreign Affairs": ("MFA", "MOFA", "Foreign Ministry"),
    "Ministry of Defense": ("MOD", "MoD", "Defense Ministry", "Defence Ministry", "MinDef"),
    "Ministry of Interior": ("Interior Ministry",),
    "Ministry of Finance": ("Finance Ministry", "MOF", "MoF"),
    "Ministry of Justice": ("Justice Ministry", "MOJ", "MoJ"),
    "Ministry of Economy": ("Economy Ministry", "Economics Ministry"),
    "Ministry of Trade": ("Trade Ministry",),
    "Ministry of Energy": ("Energy Ministry",),
    "Ministry of Health": ("Health Ministry", "MOH", "MoH"),
    "Ministry of Education": ("Education Ministry",),
    "Ministry of Agriculture": ("Agriculture Ministry",),
    "Ministry of Oil": ("Oil Ministry",),
}

# Words that may follow "Ministry of" in an all-capitals text.
PORTFOLIO_WORDS = frozenset(
    _words(
        """
    FOREIGN AFFAIRS DEFENSE DEFENCE INTERIOR HOME FINANCE FINANCES ECONOMY ECONOMIC ECONOMICS
    TRADE INDUSTRY INDUSTRIES COMMERCE JUSTICE HEALTH EDUCATION AGRICULTURE ENERGY OIL
    PETROLEUM MINES MINING MINERAL MINERALS RESOURCES NATURAL ENVIRONMENT LABOR LABOUR SOCIAL
    WELFARE TRANSPORT TRANSPORTATION COMMUNICATIONS COMMUNICATION INFORMATION CULTURE TOURISM
    PLANNING DEVELOPMENT COOPERATION INTERNATIONAL NATIONAL PUBLIC SECURITY STATE WATER
    ELECTRICITY HOUSING YOUTH SPORT SPORTS WOMEN WOMEN'S FAMILY RELIGIOUS ENDOWMENTS AWQAF
    ISLAMIC HUMAN RIGHTS SCIENCE TECHNOLOGY RESEARCH HIGHER LAND LANDS FISHERIES FORESTRY
    EMERGENCY EMERGENCIES SITUATIONS DISASTER MANAGEMENT TREASURY BUDGET REGIONAL LOCAL
    GOVERNMENT ADMINISTRATION PRIVATIZATION INVESTMENT TELECOMMUNICATIONS POSTS INFRASTRUCTURE
    WORKS RECONSTRUCTION REFUGEES MIGRATION DIASPORA EUROPEAN INTEGRATION ATOMIC MEDIA PRESS
    INTELLIGENCE CIVIL AVIATION MARITIME RURAL URBAN FOOD LEGAL PARLIAMENTARY RELATIONS
    TERRITORIAL MUNICIPAL POWER IRRIGATION LIVESTOCK HYDROCARBONS GAS NATIONALITIES EMPLOYMENT
    AND OF FOR THE
    """
    )
)

# Words that may stand before "Party" in an all-capitals text.
PARTY_WORDS = frozenset(
    _words(
        """
    DEMOCRATIC REPUBLICAN SOCIALIST COMMUNIST LABOR LABOUR CONSERVATIVE LIBERAL NATIONAL
    PEOPLE'S PEOPLES PROGRESSIVE GREEN UNITED NEW WORKERS WORKERS' REFORM JUSTICE DEVELOPMENT
    ISLAMIC SOCIAL CHRISTIAN UNION CENTER CENTRE RADICAL POPULAR PATRIOTIC INDEPENDENCE
    FREEDOM NATIONALIST AGRARIAN PEASANT UNITY DEMOCRACY REVOLUTIONARY BAATH BA'ATH
    """
    )
)

# Titles that introduce a person's name, longest first when they share a start.
TITLES = tuple(
    line.strip()
    for line in """
    President|Vice President|President-elect|Presidential Candidate|Candidate
    Prime Minister|PM|Deputy Prime Minister|DPM|First Deputy Prime Minister|Premier|Vice Premier
    Foreign Minister|FM|Deputy Foreign Minister|DFM|Minister|Deputy Minister|Vice Minister
    Minister of State|State Minister|MinDef|Acting Minister
    Ambassador|Amb|Ambassador-designate|Charge|Charge d'Affaires|DCM
    Secretary|Secretary of State|Secretary-General|Secretary General|SYG|SecGen|SecState
    Deputy Secretary|Under Secretary|Undersecretary|U/S|Assistant Secretary|A/S
    Deputy Assistant Secretary|DAS|Permanent Secretary
    Special Envoy|Envoy|Special Representative|Special Advisor|Special Adviser
    Senator|Sen|Congressman|Congresswoman|Rep|Representative|CODEL|Delegate
    Governor|Gov|Lieutenant Governor|Mayor|Deputy Mayor|Chairman|Chairwoman|Chairperson
    Deputy Chairman|Vice Chairman|Speaker|Deputy Speaker
    King|Queen|Prince|Princess|Crown Prince|Emir|Amir|Sheikh|Shaykh|Shaikh|Sheikha|Sultan
    Chancellor|Vice Chancellor
    General|Gen|Lt. Gen|Lieutenant General|Major General|Maj. Gen|Brigadier General
    Brig. Gen|Brigadier|Admiral|Adm|Vice Admiral|Rear Admiral|Colonel|Col|Lt. Col
    Lieutenant Colonel|Field Marshal|Marshal
    Mr|Ms|Mrs|Dr|Professor|Prof
    Judge|Chief Justice|Attorney General|Prosecutor General|Prosecutor|Ombudsman
    Director|Director General|Director-General|Deputy Director|Commissioner|High Commissioner
    Ayatollah|Grand Ayatollah|Imam|Patriarch|Pope|Archbishop|Bishop|Cardinal|Rabbi|Mufti
    Grand Mufti|Cleric
    MP|MK|Deputy|Advisor|Adviser|Spokesman|Spokeswoman|Spokesperson|Leader|Chief|Head
    State Councilor|Counselor|Counsellor|Consul General|Consul|Governor General
    Opposition Leader|Party Leader|Founder|CEO|Chief Executive
    """.replace("\n", "|").split("|")
    if line.strip()
)

# Name particles written in lower case inside a name ("Lula da Silva").
NAME_PARTICLES = frozenset(
    _words("al el bin bint ibn abu abd da de del della der di dos du la le van von ter ben")
)

# Abbreviated titles, after which a period does not end the sentence ("Gen. Gowon").
SHORT_TITLES = frozenset(_words("MR MS MRS DR GEN LT COL ADM AMB SEN REP GOV PROF MAJ BRIG"))

# Office words and abbreviations that stand before a name in "Classified By" lines.
OFFICE_WORDS = frozenset(
    _words(
        """
        CDA DCM A/DCM POL ECON POLECON POL/ECON PMA PAS PO CG RSO DATT MINCOUNS POLCOUNS
        ECONCOUNS POLOFF ECONOFF POLMILOFF ACTING CHIEF COUNSELOR COUNSELLOR OFFICER SECTION
        AFFAIRS POLITICAL ECONOMIC PUBLIC CONSUL GENERAL PRINCIPAL DEPUTY CHARGE D'AFFAIRES
        ESTOFF ESTHOFF CONOFF MGMTOFF POLCHIEF ECONCHIEF POLECONCHIEF
        """
    )
)

# Words after a place name that make it part of another name ("Kyoto Protocol",
# "Rome Statute", "Kuwait Finance House"): the place is then not counted.
NOT_A_PLACE_AFTER = frozenset(
    _words(
        """
        STATUTE TREATY PROTOCOL CONVENTION AGREEMENT AGREEMENTS ACCORD ACCORDS DECLARATION
        PROCESS CLUB GROUP ROUND CONSENSUS DOCUMENT INITIATIVE PRINCIPLES BANK UNIVERSITY
        FINANCE AIRWAYS AIRLINES TIMES POST HERALD TRIBUNE INSTITUTE FOUNDATION CHAMBER
        COMPANY CORPORATION STOCK
        """
    )
)

# Given names that, followed by a capitalised non-word, start a full name even
# without a title. Names that are also common words (Will, May, Grant) are left out.
FIRST_NAMES = frozenset(
    _words(
        """
    Aaron Abdul Abdullah Abdallah Abdelaziz Abdel Abdulaziz Abdulla  Adam Adel Adrian Ahmad
    Ahmed Akbar Alan Albert Alberto Aleksandr Aleksey Alexander Alexandre Alexei Alexey Alfredo
    Ali Alice Alvaro Amr Ana Anatoliy Andrea Andreas Andrei Andres Andrew Andrey Angela Angelo
    Ann Anna Anne Anthony Antonio Arnold Arturo Ashraf Asif Ayman Bashar Benjamin Benazir
    Bernard Boris Brian Carl Carlos Carmen Catherine Charles Chen  Christina
    Christopher Claude Claudia Condoleezza Cristina Daniel Daniela Daniele David Dennis
    Dmitri Dmitriy Dmitry Donald Douglas Eduardo Edward Ehud Elena Elizabeth Emile Emmanuel
    Enrique Eric Ernesto Evo Fabio Fahd Faisal Farid Farouk Fernando Francisco Francois
    Frank Franz Gary Gennadiy George Georgi Gerhard Gilles Giorgio Giovanni Giuseppe Gordon
    Guido Gustavo Hamad Hamid Hans Hasan Hassan Hector Heinz Helmut Henri Henry Hillary
    Horst Hosni Hu Hugo Husain Hussain Hussein Ibrahim Igor Ilham Ivan Jack Jacques Jalal
    Jamal James Jan Janet Javier Jean Jeffrey Jens Jim Joao Joe John Jorge Jose Josef
    Joseph Juan Julia Julian Karim Karl Kevin Khalid Khaled Kim Klaus Kofi Kurt Lars Laura
    Leonid Li Lula Luis Luiz Mahmoud Mahmud Manuel Marco Marcelo Maria Mario Marina Mark
    Martin Mary Massimo Matthew Maxim Mehmet Michael Michel Michele Miguel Mikhail Mohamed
    Mohammad Mohammed Muhammad Mustafa Nabil Nasser Natalia Nicholas Nicolas Nikolai Nikolay
    Nouri Nuri Oleg Olga Omar Osama Oscar Pablo Paolo Patrick Paul Pedro Peter Philip
    Philippe Pierre Rafael Ramon Raul Recep Ricardo Richard Robert Roberto Rodrigo Roger
    Ruslan Saad Sabah Saddam Said Salim Salman Sami Samir Sarah Sergei Sergey Sergio
    Shimon Silvio Stefan Stephen Steven Susan Tariq Thomas Timothy Tony Umar Usama
    Valentina Valeriy Vasile Victor Viktor Vladimir Walid Walter Wang Werner William Xavier
    Yasser Yaakov Yosef Youssef Yousef Yulia Yuri Yuriy Zhang Zalmay Ehsan Nawaz Pervez
    Asif Yousuf Gholam Manouchehr Mahmoud Akbar Hamid
    Ashraf Vali Nicolae Traian Viktor Petro Arseniy Mikheil Nino Serzh Robert Levon Kurmanbek
    Nursultan Emomali Gurbanguly Aleksandr Dmitriy Sergey Valdis Toomas Andrus Dalia
    Donald Lech Jaroslaw Radoslaw Vaclav Mirek Robert Ferenc Viktor Boyko Georgi Traian
    Kostas George Recep Abdullah Ahmet Tayyip Nicolas Francois Dominique Bernard Jose Angela
    Frank-Walter Guido Silvio Romano Massimo Franco Gianfranco Jose Mariano Alfredo Miguel
    Felipe Hugo Alvaro Rafael Alan Evo Cristina Nestor Tabare Fernando Michelle Sebastian
    Daniel Oscar Mauricio Manuel Porfirio Leonel Rene Raul Fidel Lula Dilma Celso
    """
    )
)

# Words that are never part of a person's name, whatever their case.
STOP_WORDS = frozenset(
    _words(
        """
    THE A AN AND OR OF OF' FOR TO IN ON AT BY WITH FROM AS IS WAS ARE WERE BE BEEN HAS HAVE
    HAD WILL WOULD SHOULD COULD CAN MAY MIGHT MUST SAID SAYS SAY TOLD NOTED ADDED ASKED
    STATED EXPLAINED STRESSED MET MEETS AGREED SAW SEES ALSO WHO WHOM WHOSE WHICH THAT THIS
    THESE THOSE HE SHE HIS HER HIM THEY THEIR IT ITS WE OUR US I MY YOU NOT NO BUT IF THEN
    THAN WHEN WHILE DURING AFTER BEFORE SINCE UNTIL ABOUT OVER UNDER INTO ONTO UPON VIA PER
    HIMSELF HERSELF ACTING FORMER CURRENT NEW OLD LATE THEN-
    GOVERNMENT MINISTRY MINISTER EMBASSY CONSULATE POST DEPARTMENT MISSION PARTY COUNCIL
    COMMITTEE COMMISSION ASSEMBLY PARLIAMENT CONGRESS SENATE COURT ARMY POLICE OFFICE BUREAU
    AGENCY UNIVERSITY BANK COMPANY GROUP OFFICIALS OFFICIAL STAFF DELEGATION TEAM REGIME
    PRESIDENCY ADMINISTRATION CABINET FORCES MILITARY NAVY PROVINCE REGION DISTRICT CITY
    STATE STATES REPUBLIC KINGDOM FEDERATION UNION NATIONS NATIONAL INTERNATIONAL
    SIPDIS NOFORN NODIS EXDIS LIMDIS REF REFS REFTEL REFTELS SBU CONFIDENTIAL SECRET
    UNCLASSIFIED CLASSIFIED DECL DECLASSIFY TAGS SUBJECT SUMMARY COMMENT END NOTE FYI PARA
    PARAS PARAGRAPH SECTION PAGE ACTION INFO SECSTATE WASHDC AMEMBASSY AMCONSUL USMISSION
    PRIORITY IMMEDIATE ROUTINE FLASH REASON REASONS
    JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER
    JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC
    MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY
    NORTH SOUTH EAST WEST NORTHERN SOUTHERN EASTERN WESTERN CENTRAL
    USG GOVT POLOFF ECONOFF POLCOUNS ECONCOUNS EMBOFF EMBOFFS CONOFF DATT RSO PAO LEGATT
    MR MS MRS DR CHAIR
    FORUM SUMMIT CONFERENCE MEETING CENTER CENTRE INSTITUTE FOUNDATION ASSOCIATION CHAMBER
    ALLIANCE MOVEMENT FRONT COALITION BLOC ORGANIZATION AUTHORITY BOARD SERVICE SERVICES
    CORPORATION CORP INC LTD FUND PROGRAM PROGRAMME PROJECT INITIATIVE TASK FORCE DIVISION
    UNIT CORPS GUARD BRIGADE BATTALION REGIMENT COMMAND HEADQUARTERS AFFAIRS NEWS TIMES
    DAILY RADIO TELEVISION TV ACADEMY SCHOOL COLLEGE HOSPITAL AIRPORT PORT PALACE HOUSE
    DEMOCRATS REPUBLICANS SOCIALISTS COMMUNISTS LIBERALS CONSERVATIVES CHRISTIAN ISLAMIC
    CONCEDES CONCEDED ADMITS ADMITTED STRESSES TELLS ASKS URGES NOTES ARGUES WARNS INSISTS
    CLAIMS AGREES DENIES DENIED REJECTS REJECTED WELCOMES WELCOMED CALLS CALLED MEETS VISITS
    VISITED SEES VIEWS OUTLINES OUTLINED REVIEWS REVIEWED DESCRIBES DESCRIBED EXPRESSES
    EXPRESSED REPORTS REPORTED SUGGESTS SUGGESTED ACKNOWLEDGES ACKNOWLEDGED CONFIRMS CONFIRMED
    PLEDGES PLEDGED PROMISES PROMISED REAFFIRMS REAFFIRMED REITERATES REITERATED RESPONDS
    RESPONDED REPLIES REPLIED DISCUSSES DISCUSSED BRIEFS BRIEFED RAISES RAISED PRESSES PRESSED
    OFFERS OFFERED PLANS WANTS HOPES FEARS SEEKS SOUGHT DECLINES DECLINED REFUSES REFUSED
    ACCEPTS ACCEPTED ANNOUNCES ANNOUNCED DECLARES DECLARED PREDICTS PREDICTED CRITICIZES
    CRITICIZED DEFENDS DEFENDED EXPLAINS OBSERVES OBSERVED CONCLUDES CONCLUDED RECALLS RECALLED
    THANKS THANKED INDICATES INDICATED CONTINUES CONTINUED ADDS SHARES SHARED
    AFGHAN ALGERIAN AMERICAN ARAB ARGENTINE ARMENIAN AUSTRALIAN AUSTRIAN AZERI BAHRAINI
    BELGIAN BOLIVIAN BRAZILIAN BRITISH BULGARIAN BURMESE CANADIAN CHILEAN CHINESE COLOMBIAN
    CROATIAN CUBAN CZECH DANISH DUTCH EGYPTIAN EMIRATI ETHIOPIAN EUROPEAN FINNISH FRENCH
    GEORGIAN GERMAN GREEK HUNGARIAN INDIAN INDONESIAN IRANIAN IRAQI IRISH ISRAELI ITALIAN
    JAPANESE JORDANIAN KAZAKH KENYAN KOREAN KURDISH KUWAITI LEBANESE LIBYAN LITHUANIAN
    MEXICAN MOROCCAN NIGERIAN NORWEGIAN PAKISTANI PALESTINIAN PERUVIAN POLISH PORTUGUESE
    QATARI ROMANIAN RUSSIAN SAUDI SERBIAN SOMALI SPANISH SUDANESE SWEDISH SWISS SYRIAN
    TAIWANESE THAI TUNISIAN TURKISH UKRAINIAN UZBEK VENEZUELAN VIETNAMESE YEMENI ZIMBABWEAN
    """
    )
)

# Words seen mostly in lower case in running English text of diplomatic reporting
# (counted on mixed-case paragraphs: lower-case uses at least twice the capitalised
# ones inside a sentence). In an all-capitals text a name stops at such a word.
COMMON_WORDS = frozenset(
    _words(
        """
        abandon abandoned abandoning abandonment abducted abduction abductions abetted abetting
        abide abiding abilities ability able ably aboard abolish abolished abolishing
        abolishment abolition aborted abortion abound about above above-ground above-mentioned
        abroad abrogate abrupt abruptly absence absent absentee absentia absolute absolutely
        absorb absorbed absorbing abstained abstaining abstention absurd abundant abuse abused
        abusers abuses abusing abusive abuzz abysmally academia academic academics academies
        accede acceding accelerate accelerated accelerating accept acceptable acceptance
        accepted accepting accepts access accessed accessible accessing accession accident
        accidental accidents acclimating accommodate accommodated accommodating accommodation
        accommodations accompanied accompany accompanying accomplice accomplish accomplished
        accomplishment accomplishments accord accordance accorded according accordingly accords
        account accountability accountable accountancy accountant accounted accounting accounts
        accreditation accredited accrue accrued accumulated accumulation accuracy accurate
        accurately accusation accusations accusatory accuse accused accuses accusing accustomed
        achievable achieve achieved achievement achievements achieving acid acknowledge
        acknowledged acknowledgement acknowledges acknowledging acknowledgment acquaintance
        acquainted acquiesce acquiesced acquiescence acquire acquired acquiring acquisition
        acquisitions acquittal acquitted acreage acres acrimony acronym across acted action
        actionable actions activate activated activation active actively activism activist
        activists activities activity actor actors acts actual actually acute acutely ad adamant
        adamantly adapt adaptation adapted adapting adaptive add added addendums addiction
        addicts adding addition additional additions address addressed addressees addresses
        addressing adds adept adequacy adequate adequately adhere adhered adherence adheres
        adhering adjacent adjoining adjourned adjudicate adjunct adjust adjusted adjusting
        adjustment adjustments administer administering administers administrations
        administrative administrators admirable admiration admire admired admirer admires
        admission admissions admit admits admitted admittedly admitting admonished adolescents
        adopt adopted adopting adoption adrift ads adult adulthood adults advance advanced
        advancement advances advancing advantage advantageous advantages adventurous adversarial
        adversaries adversary adverse adversely advertise advertisement advertisements
        advertising advice advisable advise advised advisement advisers advises advising
        advisors advocacy advocate advocated advocates advocating aerial affable affair affect
        affected affecting affection affects affidavit affidavits affiliate affiliated
        affiliates affiliation affiliations affinity affirm affirmation affirmative affirmed
        affirming affirms afflicted affluent afford affordable afforded affords affront afield
        afloat afoot aforementioned aforesaid afoul afraid after after-action aftermath
        afternoon afterward afterwards ag again against age aged agencies agenda agendas agent
        agents ages aggravate aggravated aggravating aggregate aggression aggressive
        aggressively aggressor aggrieved aging agitated agitation ago agrarian agree agreed
        agreed-upon agreeing agreement agreements agrees agrement agribusiness agricultural
        agriculturally agronomist ahead aid aide aided aides aiding ailing ailments aim aimed
        aiming aims aircraft aircrafts aircrews aired airframe airframes airing airlift
        airlifted airline airliner airplane airplanes airport airports airspace airstrike
        airstrikes airwaves airworthiness aka akin al-din alarm alarmed alarming alarms albeit
        alcohol alert alerted alerts algae alia alias alien alienate alienated alienating
        alienation aliens align aligned aligning alignment alike alive all all-inclusive all-out
        all-party all-time allay allegation allegations allege alleged allegedly alleges
        allegiance allegiances alleging alleviate alleviated alleviating alleviation alley
        alliances allied allies allocate allocated allocates allocating allocation allocations
        allotment allotments allotted allow allowable allowed allowing allows allude alluded
        alluding ally allying almost alone along alongside aloud already also alter alteration
        altered alternate alternates alternating alternative alternatives although altogether
        aluminum always am ambassadorial ambiguities ambiguity ambiguous ambition ambitions
        ambitious ambivalence ambivalent ambulance ambushed ambushes amenable amend amended
        amending amendment amendments amiable amicable amicably amici amid amidst ammunition
        amnesty among amongst amorphous amount amounted amounts amphetamines amphibious ample
        amplified amplify an analogy analyses analysis analyst analysts analytic analytical
        analyze analyzed analyzing anarchic ancestral anchor ancient ancillary and anecdotal
        anecdotally anecdote anecdotes anemic anger angered angle angling angrily angry animal
        animals animated animosities animosity annexes anniversary announce announced
        announcement announcements announces announcing annoyance annoyed annual annually annul
        annum anodyne anointed anomaly anonymous another answer answered answering answers
        antagonism antagonistic antagonize antagonizing ante anthropogenic anti-corruption anti-
        crisis anti-democratic anti-discrimination anti-drug anti-fraud anti-globalization anti-
        government anti-human anti-imperialist anti-mafia anti-mining anti-money anti-narcotics
        anti-nuclear anti-piracy anti-retrovirals anti-satellite anti-smuggling anti-social
        anti-summit anti-system anti-tank anti-terror anti-terrorism anti-terrorist anti-
        trafficking anti-war anticipate anticipated anticipates anticipation antidumping
        antipathy antiquated antitrust anxiety anxious any anybody anymore anyone anything
        anytime anyway anywhere apace apart apartment apartments apathetic apathy api apolitical
        apologize apologized apology apostolic appalled appalling apparatus apparel apparent
        apparently appeal appealed appealing appeals appear appearance appearances appeared
        appearing appears appease appeasement appellate appetite applaud applauded applauding
        applause apples applicability applicable applicant applicants application applications
        applied applies apply applying appoint appointed appointing appointment appointments
        appraisal appreciate appreciated appreciates appreciating appreciation appreciative
        apprehend apprehended apprehending apprehension apprehensive apprised approach
        approached approaches approaching appropriate appropriated appropriately appropriateness
        appropriation appropriations approval approvals approve approved approves approving
        approx approximate approximately apt aquatic arbital arbitrary arbitration arbitrations
        arbitrator arcane archeological archipelago architect architecture archives are area
        areas arena arenas arepera arguably argue argued argues arguing argument arguments arise
        arisen arises arising aristocracy arm armaments armed armies arming armistice armor
        armored arms arose around arouse aroused arrange arranged arrangement arrangements
        arranging array arrears arrest arrested arresting arrests arrival arrivals arrive
        arrived arrives arriving arrogance arrogant arsenal arsenals arson articles articulate
        articulated articulating artificial artificially artillery artists arts as as-yet ascend
        ascendant ascending ascent ascertain ascribed ashes ashore aside ask asked asking asks
        asleep aspect aspects asphalt aspirant aspirants aspiration aspirations aspire aspiring
        assailants assassin assassinate assassinated assassination assassinations assassins
        assault assaulted assaulting assaults assemble assembled assemblies assembling assent
        assert asserted asserting assertion assertions assertive assertiveness asserts assess
        assessed assesses assessing assessment assessments asset assets assign assigned
        assigning assignment assignments assimilation assist assistance assistants assisted
        assisting assists associate associated associates associating associations assuage
        assume assumed assumes assuming assumption assumptions assurance assurances assure
        assured assuring astonishing astonishment astride astronaut astute asylum asymmetry at
        at-risk athletes atmosphere atmospherics atrocities atrocity attach attached attaches
        attachment attack attacked attacker attackers attacking attacks attain attained attempt
        attempted attempting attempts attend attendance attendant attendants attended attendees
        attending attends attention attentive attentively attesting attitude attitudes attorneys
        attract attracted attracting attraction attractive attractiveness attracts attributable
        attribute attributed attributes attributing attrition auction audience audiences audio
        audiovisual audit audited auditing auditors audits augment augmented augur auspices
        authentic author authored authoritarian authoritarianism authoritative authorities
        authorization authorize authorized authorizes authorizing authors auto autocratic
        automatic automatically automobile automobiles autonomous autonomy autumn auxiliary
        avail availability available avails avenue avenues average averaging averred averse
        aversion avert avian avid avoid avoidance avoided avoiding await awaited awaiting awaits
        awakening award awarded awarding aware awareness awareness-raising awash away awhile
        awkward awoke axes axis baby bachelor back back-channel back-room backbench backbone
        backdrop backed backer backers backfire backfiring background backgrounds backing
        backlash backlog backs backsliding backtracked backtracking backup backward backwardness
        backwards bad badges badly baggage bags bail bail-out bailout bakeries balance balanced
        balances balancing balk balked ball ballistic balloon ballot ballots ban banana bananas
        band bankers banking bankroll bankrupt bankruptcy banks banned banner banners banning
        bans barely bargain bargaining bargains barge barometer barracks barrage barred barrel
        barrels barrier barriers barring bars base baseball based baseless baseline bases
        bashing basic basically basics basing basis basket batch batons battalions battered
        batteries battery battle battlefield battles battling bazaar bbl bcm be beach beaches
        beachfront beans bear bearer bearers bearing bears beat beaten beating beatings beauty
        became because become becomes becoming bed beds beef been before beforehand beg began
        begin beginning beginnings begins begun behalf behave behaved behavior behaviors behest
        behind behind-the-scenes beholden being beings beleaguered belief beliefs believe
        believed believer believers believes believing bellicose bellwether belly belong
        belonged belonging belongings belongs beloved below below-market belt bemoaned benchmark
        benchmarks bend benefactor beneficial beneficiaries beneficiary benefit benefited
        benefiting benefits benefitted benefitting benevolent benign bent berm beset besides
        besieged best best-case beta betrayal betrayed bets better betting between bewilderment
        beyond bi-national bias biased bickering bid bidder bidders bidding bids biennial
        biennium big bigger biggest bike bilateral bilaterally bilaterals bill billed billing
        billion billionaire billions bills bin bind binding bingo binomial bio-fuels biodefense
        biodiesel biodiverse biodiversity biofuel biofuels biographic biographical biography
        biological biologist biomass biometric biometrics biopsy biosphere biotech biotechnology
        bioterror bioterrorism bioterrorist bipartisan birds birthday birthplace bishops bit
        bite biting bitter bitterly bitterness bizarre black-yellow blacklisted blackmail
        blackmailing blackouts blacks blades blame blamed blames blaming bland blank blanket
        blankets blasts blatant bleak blessing blind bloc block blockade blockages blocked
        blocking blocks blocs blog blogger bloggers blogs blood bloodshed bloody blow blowback
        blown blunt bluntly blurred bluster bn boarded boarding boards boasted boasts boat boats
        bodes bodies body bogus bold bolder boldness bolster bolstered bolstering bomb
        bombardment bomber bombers bombing bombings bombs bona bond bondage bonded bonds bone
        bone-in bonus bonuses book booked booklet books boom booming boost boosting booth boots
        border bordering borderline borders bore boring born borne borrow borrowed borrowers
        borrowing boss bosses both bother bothered bottle bottled bottles bottom bottom-up
        bought bound boundaries boundary box boxer boxers boxes boy boycott boycotting boys bpd
        br bracketed brain brainstorming brake branch branches brand branding brands breach
        breaches bread breadth break breakaway breakdown breakfast breaking breaks breakthrough
        breakthroughs breath breathing bribe bribery bribes bribing bricks bridge bridges
        bridging brief briefed briefing briefings briefly bright brightest brilliant bring
        bringing brings brink bristled broached broad broad-based broadcast broadcaster
        broadcasters broadcasting broadcasts broaden broadened broadening broader broadly
        brochure brochures broke broken broker brokered brokering brokers brothel brother
        brotherly brothers brought brunt brushed brutal brutality brutally bubble budget
        budgetary budgeted budgets buffer build build-up building buildings builds built bulk
        bullet bulletin bullets bully bulwark bundled bungled bunker buoyed burden burdens
        burdensome bureaucracies bureaucracy bureaucrat bureaucratic bureaucrats burgeoning
        burglaries burial buried burn burned burner burning burnish burst bury bus buses busiest
        business businesses businessman businessmen businesspeople bust busy but button buy buy-
        in buyer buyers buying by by-election bypass bystanders cab cable cables cache cadets
        cadre cadres cafeterias calculate calculated calculates calculating calculation
        calculations calculus calendar calibrate calibrated call called calling calls calm
        calmed calming calmly camcorder camcorders came camera cameras camouflaged camp campaign
        campaigned campaigning campaigns camps campus can canals cancel canceled canceling
        cancellation cancelled cancer candid candidacies candidacy candidate candidates candidly
        candor cane cannabis cannot canton cantones cap capabilities capability capable
        capacities capacity capacity-building capita capital capitalism capitalist
        capitalization capitalize capitalizing capitals capped captive captives capture captured
        captures capturing car carbon card cards care career careers careful carefully cares
        caretaker cargo caricatures caring carpets carried carrier carriers carries carrot
        carrots carry carrying cars cartel cartels cartoon cartoons carve carved cascade case
        case-by-case cases cash cashier casino casinos casks cassette cast caste casting casual
        casualties cat catalyst catastrophe catastrophic catch catch-all catching categorical
        categorically categories category catering cattle caught cause caused causes causing
        caution cautioned cautioning cautions cautious cautiously caveat caveated caveats cco
        cease cease-fire ceased ceasefire cede ceded ceiling celebrate celebrated celebrating
        celebration celebrations cell cellphone cells cellular cellulosic cem cement censor
        censors censorship censure census cent center-left center-right centered centerpiece
        centers centrality centralized centrifuge centrifuges centrist cents century cereals
        ceremonies ceremony certain certainly certainty certificate certificates certification
        certified certify certifying cessation cfm chagrin chain chains chaired chairing
        chairmanship chairmen chairs challenge challenged challenges challenging champion
        championed championing champions chance chances change changed changes changing channel
        channeled channels chants chaos chaotic chapter chapters character characteristic
        characteristics characterization characterize characterized characterizing charade
        charcoal charged charges charging charisma charismatic charitable charities charm
        charming cheap cheaper cheaply cheated cheating check check-in checked checking
        checkpoints checks cheese chemical chemicals chest chicken child children chilling chip
        choice choices cholera choose chooses choosing chorus chose chosen chronic churches
        cigarettes circle circles circuit circular circulars circulate circulated circulating
        circulation circumscribed circumspect circumstances circumvent cite cited cites cities
        citing citizen citizenry citizens citizenship civil civil-military civil-nuclear
        civilian civilian-military civilian-populated civilians civilization claim claimants
        claimed claiming claims clamp clan clandestine clans clarification clarifications
        clarified clarify clarifying clarity clash clashed clashes class classes classic
        classification classify classrooms clause clauses clean clean-up8 cleaning cleanup clear
        clearance clearances cleared clearer clearing clearly clergy cleric clerical clerics
        clever client clients climate climb climbed climbing cling clinic clinics clock close
        closed closely closer closest closet closing closure closures clothes clothing clout
        clubs cluster clustered cn co-chair co-founded co-founder co-operation co-opt co-
        production co-sponsor coach coal coalition coalitions coastal coastline cobalt-60 coca
        cocaine cocalero cocaleros cocktail cocktails codes codified coercion coexistence coffee
        coffers cognizant coherent cohesion cohesive cohort coincide coincided coincidence
        coincidental coincides coinciding coins collaborate collaborated collaborating
        collaboration collaborative collaborators collapse collapsed collapsing collateral
        colleague colleagues collect collected collecting collection collective collectively
        colleges collision collusion colonels colones colonial colonized colony color colors
        column columnist columnists columns com combat combatants combating combination combine
        combined combining come comes comfort comfortable comfortably coming comity commanded
        commanders commands commemorating commemoration commence commenced commencement commend
        commended commending commends commensurate commentary commentator commentators commented
        commenting comments commercial commercially commissioned commissions commit commitment
        commitments commits committed committing commodities commodity common commonality
        commonly communal communalism communicate communicated communicates communicating
        communication communications communiqu communique communiques communism communities
        community companies company comparable comparative comparatively compare compared
        comparing comparison comparisons compassionate compatible compel compelled compelling
        compensate compensation compete competence competencies competency competent competing
        competition competitive competitiveness competitor competitors compile compiled
        compiling complacency complacent complain complained complaining complaint complaints
        complement complementary complete completed completely completes completing completion
        complex complexities complexity compliance compliant complicate complicated complicates
        complicating complication complications complicit complicity complied compliment
        complimentary complimented compliments comply complying component components composed
        composition compound compounded compounds comprehend comprehensive compressors comprise
        comprised comprises comprising compromise compromised compromises compulsions compulsory
        computer computerized computers comrades con conceal concede conceded conceived
        concentrate concentrated concentrating concentration concept conception concepts
        conceptual concern concerned concerning concerns concert concerted concerts concession
        concessionaire concessions conciliation conciliatory concise conclave conclude concluded
        concludes concluding conclusion conclusions conclusive concrete concur concurred
        concurrence concurrent concurrently concurs condemn condemnation condemned condemning
        condemns condition conditional conditionality conditioned conditioning conditions
        condolences condone conducive conduct conducted conducting conducts conduit confer
        conference conferences conferred conferring confessed confessions confidant confidante
        confidants confided confidence confidence-building confident confidential
        confidentiality configuration confined confines confirm confirmation confirmed
        confirming confirms confiscate confiscated confiscation conflict conflicted conflicting
        conflicts confluence conform conformity confounded confront confrontation
        confrontational confrontations confronted confronting confronts confuse confused
        confusing confusion congestion conglomerate congratulate congratulated congratulating
        congressmen conjunction connect connected connecting connection connections connectivity
        conquer conscience conscious consciousness conscription consecutive consensual consensus
        consensus-building consent consented consequence consequences consequent consequently
        conservation consider considerable considerably consideration considerations considered
        considering considers consigned consist consisted consistency consistent consistently
        consisting consists consolidate consolidated consolidating consolidation consortia
        consortiums conspiracies conspiracy conspiring constant constantly consternation
        constituencies constituency constituents constitute constituted constitutes constituting
        constitution constitutional constitutionally constrain constrained constraints construct
        constructed constructing construction constructive constructively construed consular
        consuls consult consultant consultants consultation consultations consulted consulting
        consumed consumer consumers consuming consumption contact contacted contacting contacts
        contagion contain contained container containers containing contains contaminated
        contamination contemplate contemplated contemplating contemporary contend contended
        contender contenders contending contends content contention contentious contents contest
        contested contests context contiguous continent contingency contingent contingents
        continual continually continuation continue continued continues continuing continuity
        continuous continuously contraband contract contracted contracting contractor
        contractors contracts contractual contradict contradicted contradiction contradictions
        contradictory contradicts contrary contrast contrasted contrasting contrasts contretemps
        contribute contributed contributes contributing contribution contributions contributor
        contributors control controlled controllers controlling controls controversial
        controversies controversy convene convened convenes convenience convenient convening
        conventional conventions convergence conversation conversations converse conversion
        convert converted converting converts convey conveyed conveying conveys convict
        convicted conviction convictions convince convinced convincing convocations convoke
        convoked convoy convoys cool cooling cooperate cooperated cooperates cooperating
        cooperation cooperative cooperatively coordinate coordinated coordinates coordinating
        coordination cop cope copies copper cops copy copying cordial core corn corner corners
        cornerstone corollary corporate corporations corral correct corrected correcting
        corrections correctly correctness correlated correlation correspond correspondence
        correspondent corresponding corridor corridors corroborate corroborated corrupt
        corrupted corruption cosmetic cosmopolitan cost cost-effective cost-sharing costing
        costly costs coterie cotton could councilman councilmen councils counsel counseled
        counselors count counted counter counter-draft counter-drug counter-insurgency counter-
        measures counter-narcotics counter-piracy counter-productive counter-proliferation
        counter-radicalization counter-smuggling counter-terrorism counter-terrorist counteract
        counterbalance countered counterfeit counterfeiting counterfeits countering
        counterinsurgency counterintelligence countermeasures counternarcotics counterpart
        counterparts counterproductive counterproposal counterterrorism counterterrorist
        countervailing counterweight counties counting countries country country-specific
        country-wide countryside counts county coup couple coupled couples coups courage
        courageous courier couriers course courses courtesies courtesy courting courtroom courts
        cousin cover cover-up coverage covered covering covers covert cow coy coyote cr crack
        crackdown cracked cracking cracks craft crafted crane cranes crash crazy create created
        creates creating creation creative creativity credence credentials credibility credible
        credibly credit credited creditor creditors credits crew crews crime crimes criminal
        criminality criminalize criminalized criminalizes criminalizing criminally criminals
        cripple crippling crises crisis criteria criteria-based critic critical critically
        criticism criticisms criticize criticized criticizing critics critique cronies cronyism
        crooked crop crops cross-border crossed crossing crossings crowd crowded crowds crucial
        crude cruise crumbling crunch crush crux cry cubic cull culminating culmination
        culpability culprit culprits cult cultivate cultivated cultivating cultivation cultural
        culturally culture cultures cumbersome curb curbing curious currency current currently
        curricula curriculum curry curtail curve custody custom customary customer customers cut
        cuts cutter cutting cyber cybernetics cycle cynical cynically da dailies daily dairy
        damage damaged damages damaging damning dampen dams dance dances dancing danger
        dangerous dangerously dangers dare dared dark darker data database databases dataset
        dated dates dating daughter daughters daunting day day-to-day daylight days de de-
        leveraging dead deadline deadlines deadlock deaf deal dealer dealers dealing dealings
        deals dealt dearth death deaths debate debated debates debating debauchery debris debt
        debts debunk decade decades decapitated deceased deceit decent decentralization
        decentralized deception deceptive decide decided decidedly decides deciding decision
        decision-makers decision-making decisionmaking decisions decisive decisively deck
        declaration declarations declare declared declares declaring declassified decline
        declined declines declining decommissioning decorated decrease decreased decreases
        decreasing decree decreed decrees decrepit decried decriminalization decriminalize
        decrying dedicate dedicated dedication deeds deem deemed deems deep deep-seated deepen
        deepened deepening deeper deeply defamation defaming default defeat defeated defeating
        defect defected defection defections defectors defend defendant defendants defended
        defender defending defends defenses defensive defensively defer deference deferred
        defesa defiance defiant deficiencies deficient deficit deficits define defined defines
        defining definitely definition definitions definitive definitively deflect deflected
        deforestation deft defunct defuse degradation degraded degree degrees delay delayed
        delaying delays delegate delegates delegation delegations delete deleted deletion
        deliberate deliberately deliberation deliberations delicate delighted delineate deliver
        deliverable deliverables delivered deliveries delivering delivers delivery demand
        demand-reduction demanded demanding demands demarcated demarcating demarcation demarche
        demarched demarches demeanor demilitarization demilitarized demining demise
        demobilization demobilize demobilized democracy democratically democratization
        demographic demographics demonstrable demonstrably demonstrate demonstrated demonstrates
        demonstrating demonstration demonstrations demonstrator demonstrators demurred denial
        denials denied denies denominations denominator denounce denounced denouncing dense
        density denuclearization denuncia deny denying depart departed departing departments
        departs departure departures depend depended dependence dependency dependent dependents
        depending depends depicted deplorable deplored deploy deployability deployed deploying
        deployment deployments deport deportation deportations deported deporting depose deposit
        deposited depositions depositors deposits depreciation depressed depression deprive
        deprived depth depths der derail derailed deregulation derided derive derived derives
        derogatory desalination descendants descent describe described describes describing
        description descriptions desert desertion deserve deserved deserves design designate
        designated designating designation designations designed designee designees designing
        designs desirable desire desired desires desks despeje desperate desperately desperation
        despite destabilization destabilize destabilizing destination destinations destined
        destiny destroy destroyed destroying destruction destructive detached detachment detail
        detailed detailing details detain detained detainee detainees detaining detect detected
        detecting detection detector detectors detention detentions deter deteriorate
        deteriorated deteriorating deterioration determination determine determined determines
        determining deterred deterrence deterrent deterring detonated detriment detrimental
        devaluation devastating devastation develop developed developer developers developing
        development developmental developments develops deviate device devices devil devise
        devised devising devolution devolve devolved devote devoted devotes devotion devout
        dewatering dh diabetes diagnosed diagnosis diagnostic dial dialog dialogue dialogues
        diamond diamonds dictate dictated dictates dictating dictator dictatorship dictatorships
        did didn die died diem diesel differ differed difference differences different
        differentiate differentiated differentiating differently differing differs difficult
        difficulties difficulty dig digging digit digital digits dignified dignity dilemma
        diligence diligently diluted diluting dilution dim dimension dimensions diminish
        diminished diminishing dinar dinars dined dinner dioxide diplomacy diplomat diplomatic
        diplomatically diplomats dipnote dire direct directed directing direction directions
        directives directly directs dirt dirty disabled disadvantage disadvantaged disaffected
        disagree disagreed disagreeing disagreement disagreements disagrees disappear
        disappearance disappearances disappeared disappointed disappointing disappointment
        disapproval disapproved disarm disarming disarray disaster disasters disastrous disband
        disbelief disburse disbursed disbursement disbursing disc discharged disciplinary
        discipline disciplined disciplines disclose disclosed disclosing disclosure discomfort
        disconnect disconnected discontent discontinue discord discount discounted discourage
        discouraged discourages discouraging discourse discover discovered discoveries
        discovering discovery discredit discredited discrediting discreet discreetly
        discrepancies discrete discretion discretionary discriminate discriminated
        discrimination discriminatory discuss discussed discusses discussing discussion
        discussions disdain disease diseases disenchanted disenfranchised disengaged
        disengagement disgruntled disguised disgust disillusioned disinformation disinterested
        dislike disliked dismal dismantle dismantled dismantling dismay dismiss dismissal
        dismissals dismissed dismissing dismissive disobedience disorganized disparate dispatch
        dispatched dispatching dispersed displace displaced displacement displacing display
        displayed displaying displays displeasure disposal dispose disposed disposing
        disposition disproportionate disproportionately dispute disputed disputes disqualify
        disregard disrespect disrupt disrupted disrupting disruption disruptions disruptive
        dissatisfaction dissatisfied disseminate disseminated dissemination dissent dissident
        dissidents dissolution dissolve dissolved dissolving dissuade dissuaded distance
        distanced distances distancing distant distinct distinction distinguish distinguished
        distortions distract distracted distraction distress distressed distribute distributed
        distributes distributing distribution distributors districts distrust distrusted
        distrustful disturbances disturbed disturbing diverge divergent diverse diversification
        diversified diversify diversifying diversion diversions diversity divert diverted
        diverting divest divide divided dividend dividends divides dividing divisions divisive
        divorce divorced do dock doctor doctorate doctors doctrine document documentary
        documentation documented documents does dog dogged dogs doing dollar dollar-denominated
        dollars domain domestic domestically domicile dominance dominant dominate dominated
        dominates dominating domination don donate donated donating donation donations done
        donor donors doomed door doors dos dose dossier dossiers double doubled doubling doubt
        doubted doubtful doubtless doubts down downgraded downplay downplayed downplaying downs
        downstream downtown downturn downward dozen dozens draconian draft drafted draftees
        drafters drafting drafts drag dragged dragging drain drainage drama dramatic
        dramatically drastic drastically draw drawdown drawing drawn draws dream dreams dress
        dressed dressing drift drifting drill drilled drilling drinking drive driven driver
        drivers drives driving drop dropped dropping drove drowning drug drug-related drug-
        trafficking drugs drum drumbeat drums dry du dual dual-track dual-use dubbed dubious due
        duly dump dumped dumping duplicate durable duration during dust duties duty duty-free
        dwelling dwindling dying dynamic dynamics dynamism dysfunctional e-mail e-mailed e-mails
        each eager eagerly eagerness ear earlier earliest early earmarked earn earned earnest
        earning earnings ears earthquake earthquakes eas ease eased easements easier easily
        easing easy eating echo echoed echoes eclipsed ecological economic economically
        economies economists economy ecosystem ecotourism ecumenical edge edition editor editor-
        in-chief editorial editorialized editorials editors edits educate educated educating
        education educational effect effected effective effectively effectiveness effects
        efficiency efficient efficiently effort efforts effusive eggs egregious eight eight-hour
        eighteen eighth either elaborate elaborated elaborating elaboration elapsed elder
        elderly elders eldest elect elected election elections electoral electorate electric
        electrical electricity electronic electronically electronics elegant element elements
        elevate elevated elevation eleven elicit elicited eligibility eligible eliminate
        eliminated eliminating elimination elite elites else elsewhere elusive email emailed
        emails emanating embargo embargoed embark embarked embarking embarrass embarrassed
        embarrassing embarrassment embassies embattled embed embedded embezzlement emblematic
        embodied embolden emboldened embrace embraced embracing embroiled emerge emerged
        emergence emerges emerging emigrate emigration emissary emission emissions emotional
        emotions emphasis emphasize emphasized emphasizes emphasizing emphatically empire employ
        employed employee employees employer employers employing employment employment-based
        employs empower empowered empowering empowerment empty emulate en enable enabled enables
        enabling enact enacted enacting enactment encampments enclave enclosed encompass
        encompassing encounter encountered encounters encourage encouraged encouragement
        encourages encouraging encroaching encroachment end end-use end-user end-users endanger
        endangering endeavor ended endemic ending endless endorse endorsed endorsement
        endorsements endorsing endowment endowments ends endure endured enemies enemy energetic
        energetically energies energize energized energy energy-related enforce enforceable
        enforced enforcement enforcing engage engaged engagement engagements engages engaging
        engender engendered engine engineer engineered engineering engineers engines enhance
        enhanced enhancement enhances enhancing enjoy enjoyed enjoying enjoys enlarged
        enlargement enlist enlisted enormous enormously enough enrich enriched enriching
        enrichment enrollment enroute enshrined ensue ensued ensuing ensure ensured ensures
        ensuring entail entailed entails enter entered entering enterprise enterprises enters
        entertain entertaining entertainment enthused enthusiasm enthusiastic enthusiastically
        entice entire entirely entirety entities entitled entitlement entity entrance entrances
        entreaties entrenched entrepreneur entrepreneurial entrepreneurs entrepreneurship
        entries entrusted entry entry-into-force enumerated envelope environment environmental
        environmentalist environmentalists environmentally environments envisaged envisages
        envision envisioned envisions ephedrine epidemic episode episodes equal equally equals
        equation equilibrium equip equipment equipped equipping equitable equities equity
        equivalent era eradicate eradication erect erected erode eroded eroding erosion erratic
        erroneous error errors erstwhile erupted escalate escalated escalating escalation escape
        escaped eschew eschews escort escorted escorting especially espionage espouse espoused
        essence essential essentially establish established establishes establishing
        establishment establishments estate esteem esteemed estimate estimated estimates
        estimating estimation estrangement et etc ethanol ethic ethical ethics ethnic ethnically
        euphoria eur evacuate evacuated evacuation evade evading evaluate evaluated evaluating
        evaluation evaluations evasion evasive eve even evening evenly event events eventual
        eventuality eventually ever every everybody everyday everyone everything everywhere evi
        evict evidence evidenced evident evidently evil evils evinced evolution evolve evolved
        evolving ex-combatants ex-president exacerbate exacerbated exacerbating exact exactly
        exaggerate exaggerated exaggerating exam examination examinations examine examined
        examiners examines examining example examples exams exasperation exceed exceeded
        exceeding exceeds excellent except exception exceptional exceptionally exceptions excess
        excesses excessive excessively exchange exchanged exchangers exchanges exchanging
        excited excitement exclaimed exclude excluded excludes excluding exclusion exclusions
        exclusive exclusively excuse excuses execute executed executing execution executions
        executives exemplary exemplified exempt exemption exemptions exercise exercised
        exercises exercising exert exerted exerting exertion exhausted exhaustive exhibit
        exhibited exile exiled exiles exist existed existence existent existential existing
        exists exit exited exiting exits exorbitant expand expanded expanding expands expansion
        expansive expat expatriate expatriates expats expect expectation expectations expected
        expecting expects expedite expedited expeditious expeditiously expel expelled expelling
        expend expended expenditure expenditures expense expenses expensive experience
        experienced experiences experiencing experiment experiments expert expertise experts
        expiration expire expired expires explain explained explaining explains explanation
        explanations explicit explicitly exploded exploit exploitation exploited exploiters
        exploiting exploration exploratory explore explored exploring explosion explosions
        explosive explosives export exported exporter exporters exporting exports expose exposed
        exposing exposure expounded express expressed expresses expressing expression
        expressions expressly expropriated expropriation expropriations expulsion expulsions ext
        extend extended extending extends extension extensions extensive extensively extent
        extortion extra extra-judicial extract extracting extraction extractive extradite
        extradited extradition extrajudicial extraordinarily extraordinary extraterritorial
        extreme extremely extremism extremist extremists extricate eye eye-to-eye eyebrows
        eyeing eyes eyewitness eyewitnesses fabricate fabricated fabrication face face-saving
        face-to-face faced faces facial facilitate facilitated facilitates facilitating
        facilitation facilitator facilitators facilities facility facing fact fact-finding
        faction factions facto factor factored factories factoring factors factory facts factual
        faculty faded fading fail failed failing failings fails failure failures fair fairly
        fairness faith faithful faithfully fake fall fallen falling fallout falls false falsely
        falsification falsified falsifying familial familiar familiarity families family famine
        famous famously fan fanfare fanned far far-left far-reaching far-right fare fared
        farewell farm farmer farmers farming farmland farms farther fashion fast faster fastest
        fatal fatalities fate father fatigue fatigued fault faulted faults favelas favor
        favorable favorably favored favoring favorite favors fax faxed faxes fear feared fearful
        fears feasibility feasible feature featured features featuring feckless fed federalism
        fee feed feedback feeding feeds feel feeling feelings feels fees feet fell fellow felt
        female females fence fences fencing ferry fertile fertilizer fertilizers fester festival
        festivals festivities feud feudal feuding feuds few fewer fiasco fiber fiction fide
        fides field fielded fields fierce fiercely fiery fifteen fifth fifties fifty fight
        fighter fighters fighting fights figure figured figures file file-sharing filed files
        filing fill filled filling film filmed filmmaker films filter filtering fin final
        finalization finalize finalized finalizing finally financed finances financial
        financially financier financiers financing find finding findings finds fine fined fines
        finger fingerprint fingerprinting fingerprints finish finished finishes finishing fire
        firearms fired firefight fires fireworks firing firm firmly firms first first-ever
        first-generation first-hand first-round first-time fiscal fish fishermen fishing
        fissures fist fit fits five five-day five-minute five-year fix fixated fixation fixed
        fixed-line fixing flag flagged flagging flags flagship flair flames flank flared flash
        flat flatly flawed flaws fled fledgling flee fleeing fleet fleshed flew flex-fuel
        flexibility flexible flies flight flights float floated flood flooding floods floor
        flour flourish flow flowed flowing flown flows flu fluctuated fluctuations fluent fluid
        flurry flush fly flyers flying fm fo focal focus focused focuses focusing fodder fold
        follow follow-on follow-through follow-up followed followers following follows foment
        fomenting fond food foods fool foot footage foothold footing footnote footprint for fora
        forbidden forbidding forbids force forced forceful forcefully forces forcible forcibly
        forcing forecast forecasts forefront foregone foreign-owned foreigner foreigners
        foremost forensics foresaw foresee foreseeable foreseen foresees forest forestall
        forested forests forfeiture forge forged forgery forget forging forgiveness forgotten
        form forma formal formalize formalized formalizing formally format formation formative
        formed former formerly formidable forming forms formula formulate formulated formulating
        formulation forth forthcoming forthright fortunate fortunately fortune fortunes forty
        forums forward forward-leaning forward-looking forwarded fossil foster fostered
        fostering fought foul found foundations founded founder foundering founders founding
        four four-day four-party four-plus-one four-year fourteen fourth fraction fractious
        fractured fragile fragmentation fragmented frame framed framework frameworks franchise
        franchises francophone frank frankly fraud fraudulent fraught fray free free-market
        freed freedom freedoms freeing freely freeze freezing freight frenzy frequency frequent
        frequently fresh friction frictions friend friendly friends friendship frigate
        frightened fringe frivolous from front front-page front-runner fronting frontrunner
        fronts frozen fruit fruitful fruition fruitless fruits frustrated frustrating
        frustration frustrations fuel fueled fueling fuels fugitive fugitives fulfill fulfilled
        fulfilling fulfillment full full-scale full-time fully fumigation function functional
        functionaries functioned functioning functions fundamental fundamentalism fundamentalist
        fundamentalists fundamentally fundamentals funded funding fundraising funds funeral
        funneled furious furnished furniture furor further furthered furthering fusion future
        futures gaffes gain gained gaining gains galvanize gambit gambling game gaming gamma
        gang gangs gap gaps garage garbage garden garment garments garner garnered garnering
        garrison gas gas-and-go gas-fired gasoline gated gateway gather gathered gathering
        gatherings gauge gave gay gazette gear geared gearing gender generalized generally
        generals generate generated generates generating generation generational generations
        generator generators generic generosity generous genetically genius genocide genuine
        genuinely geographic geographical geography geopolitical geothermal gesture gestures get
        gets getting ghost giant gift gifts girl girls give given gives giving glacier glaciers
        glad glaring glass glass-lined glee global globalization globalized globally globe go
        go-fast go-fasts goal goals goes going gone good goods goodwill gossip got gotten gov
        govern governability governance governed governing government government-funded
        government-influenced government-owned government-run government-sponsored government-
        to-government governmental governments governorates governs grab grabbing grace gracious
        grade graded gradual gradually graduate graduated graduates graduating graduation graft
        grains grams grandfather grandiose grandson grandstanding grant granted grantee granting
        grants graphite grasp grass grassroots grata grateful gratitude gratuitous grave gravity
        gray great greater greatest greatly greed greedy greenhouse greeted greeting greetings
        grenade grenades grew grid gridlock grievance grievances grinding grip grocery groom
        groomed grooming gross ground grounded grounding grounds groundwork group grouping
        groupings groups grow growers growing grown growth gruesome guarantee guaranteed
        guaranteeing guarantees guarantor guarantors guarded guardians guards gubernatorial
        guerilla guerillas guerrilla guerrillas guest guests guidance guide guided guideline
        guidelines guiding guilt guilty guise gun gunfire gunmen guns guy guys habit habits had
        hail hailed half half-brother halt halted halting hammering hamper hampered hampering
        hamstrung hand hand-in-hand hand-over handed handful handicrafts handily handing handle
        handled handles handling handouts handover hands hands-off hands-on handwritten hang
        hanging happen happened happening happens happily happy harass harassed harassment
        harbinger harbor harbored harbors hard hard-core hard-line hard-liners hard-pressed
        hardball harden hardened hardening harder hardest hardline hardly hardship hardware harm
        harmed harmful harming harmonious harmonization harmonize harmony harness harsh harsher
        harshest harshly harvest harvested has hashish hasten hastily hasty hat hate hated
        hatred haunt have haven havens having havoc hazards he head headaches headed header
        heading headline headlined headlines headquartered headquarters heads headway heal
        health healthcare healthy hear heard hearing hearings hearsay heart heartland hearts
        heat heated heating heavily heavy heavy-handed heavyweight heavyweights hectares hedge
        hedged heed heeded heel heels hegemonic hegemony height heighten heightened heir heirs
        held helicopter helicopters helm helmets help helped helpful helping helps hemisphere
        hemispheric hence henceforth her heralded herders herding here hereby hereditary hereto
        heretofore heritage hero heroes heroin herself hesitancy hesitant hesitate hesitation
        heterodox hiatus hidden hide hiding hierarchy high high-end high-level high-priority
        high-profile high-quality high-ranking high-risk high-school high-tech high-value higher
        higher-level higher-profile highest highlight highlighted highlighting highlights highly
        highways hijack hijacked hijacking hike hikers hikes hills him himself hinder hindered
        hindering hint hinted hinting hints hire hired hiring his historic historical
        historically history hit hitman hits hitting hoarding hoc hockey hold hold-out holdback
        holders holding holdings holdout holdouts holds hole holes holiday holidays holistic
        home homeless homes homicide homicides homogeneous honed honest honestly honesty
        honeymoon honor honorary honored hope hoped hopeful hopefully hopeless hopes hoping
        horizon horse horses hospitable hospital hospitality hospitalized hospitals host hostage
        hostage-taking hostages hosted hostile hostilities hostility hosting hosts hot hotel
        hotels hotline hotly hour hour-long hours housed households houses housing hovering how
        however hrs html http hub hubs hug huge hugely human humanitarian humanity humans
        humiliating humiliation humor hundred hundreds hunger hungry hunt hunting hurdle hurdles
        hurricanes hurry hurt hurting hurts husband husbandry hybrid hydrocarbon hydrocarbons
        hydroelectric hydropower hygiene hyper-legalistic hypertension hypothetical hysteria ice
        id idea ideal ideally ideals ideas identical identifiable identification identified
        identifies identify identifying identities identity ideological ideologically ideologies
        ideologue ideologues ideology idle if ignited ignorance ignore ignored ignoring ii iii
        ill ill-equipped ill-prepared illegal illegally illegitimate illicit illiteracy illness
        ills illusion illusions illustrate illustrated illustrates illustrating illustration
        illustrative image imagery images imagination imagine imagined imams imbalance
        imbalances immediate immediately immense immigrant immigrants immigration imminent
        imminently immoral immune immunities immunity impact impacted impacting impacts
        impartial impasse impatience impatient impeached impeachment impeccable impede impeded
        impedes impediment impediments impeding impending imperative imperatives imperfect
        imperialist impetus implement implementation implemented implementing implements
        implicate implicated implication implications implicit implicitly implied implies imply
        implying import importance important importantly importation imported importer importers
        importing imports impose imposed imposes imposing imposition impossible impoverished
        impress impressed impression impressions impressive imprison imprisoned imprisonment
        improper improperly improprieties impropriety improve improved improvement improvements
        improves improving improvised impulse impulsive impunity in in-country in-depth in-
        fighting in-house in-kind inability inaccurate inaccurately inaction inadequacy
        inadequate inadvertently inappropriate inappropriately inaugural inaugurated
        inauguration incapable incapacitated incapacity incarcerated incarceration
        incarcerations incendiary incensed incentive incentives inception inch incident
        incidents incite incited incites inciting inclination inclined include included includes
        including inclusion inclusive income incomes incoming incompatible incompetence
        incompetent incomplete inconclusive inconsistencies inconsistent inconvenient
        incorporate incorporated incorporates incorporating incorporation incorrect incorrectly
        increase increased increases increasing increasingly incredibly incremental
        incrementally incubators incumbent incur incurred incursion incursions indeed indefinite
        indefinitely indemnity independence independent independently independents index
        indicate indicated indicates indicating indication indications indicative indicator
        indicators indicted indictment indictments indifference indifferent indigenous
        indignation indirect indirectly indispensable individual individually individuals indoor
        induce indulge industrial industrialists industrialization industries industry
        ineffective ineffectiveness inefficiencies inefficiency inefficient ineligibilities
        ineligible inept inequality inequities inertia inevitable inevitably inexperience
        inexperienced inextricably infamous infant infantry infected infections inferior
        infighting infiltrate infiltrated infiltrating infiltration infiltrators inflame
        inflammatory inflated inflation inflationary inflexible inflict inflow inflows influence
        influenced influences influencing influential influenza influx info inform informal
        informally informants information information-sharing informational informative informed
        informing infrastructure infrastructures infrequent infringement infuriated infusion
        ingratiate ingredients inhabitants inhabited inherent inherently inheritance inherited
        inhibit inhumane initial initialed initially initials initiate initiated initiating
        initiative initiatives inject injection injunction injured injuries injuring injury
        injustice injustices ink inmates inner innocence innocent innovation innovative input
        inputs inquire inquired inquiries inquiry inroads insecure insecurity insert inserted
        inside insider insiders insight insights insignia insignificant insinuated insist
        insisted insistence insistent insisting insists insofar inspect inspected inspection
        inspections inspectors inspiration inspire inspired instability install installation
        installations installed installing installment instance instances instead instigate
        instigation instill instinct instincts instituted instituting institutional
        institutionalize institutionalized institutionalizing institutions instruct instructed
        instructing instruction instructions instructor instructors instructs instrument
        instrumental instruments insufficient insulate insulated insult insulted insulting
        insurance insure insurgency insurgent insurgents insurmountable intact integral
        integrate integrated integrating integration integrity intel intelink intellect
        intellectual intellectuals intelligence intelligence-sharing intelligent intend intended
        intending intends intense intensely intensified intensify intensifying intensity
        intensive intensively intent intention intentional intentionally intentions inter-agency
        inter-governmental inter-ministerial interact interaction interactions interactive
        interagency intercept intercepted intercepting interception interceptions interceptor
        interceptors intercepts interconnected interdict interdicted interdicting interdiction
        interest interested interesting interests interfaith interfere interference interfering
        intergovernmental interim interjected interlocutor interlocutors intermediaries
        intermediary intermediate internal internally international internationalize
        internationally internecine interoperability interpret interpretation interpretations
        interpreted interpreter interpreters interpreting interrogation interrogations interrupt
        interrupted intersection intersessional intertwined intervals intervene intervened
        intervening intervention interventionist interventions interview interviewed interviewer
        interviews intimate intimated intimately intimidate intimidated intimidating
        intimidation into intolerable intractable intransigence introduce introduced introducing
        introductory intrusion invade invaded invaders invalid invaluable invasion invasions
        invasive invention inventory invest invested investigate investigated investigates
        investigating investigation investigations investigative investigators investing
        investment investments investor investors invisible invitation invitations invite
        invited invitees invites inviting invoice invoices invoke invoked invoking involuntary
        involve involved involvement involves involving ire iron ironic ironically irony
        irrational irregular irregularities irrelevant irreparable irreparably irrespective
        irresponsible irritant irritants irritated irritating irritation is island isolate
        isolated isolating isolation isotopes issuance issuances issue issued issues issuing it
        item items iteration itinerary its itself iv jade jail jailed jailing jails janjawiid
        jealous jeopardize jeopardy jet jets jewelry jihadi jihadis jihadists job jobs jockeying
        join joined joining joint jointly joked jokes journalism journalist journalists journey
        judge judged judges judging judgment judgments judicial judiciary juice jump jump-start
        jumped juncture jungle junior junta jure juridical jurisdiction jurisdictions jury just
        justices justification justified justify justifying juvenile juveniles keen keenly keep
        keeping keeps kept key keyed keys kg kick kickbacks kicked kicking kidnap kidnapped
        kidnappers kidnapping kidnappings kidney kids kill killed killing killings kilograms
        kilometer kilometers kilos kind kinds kinetic kingmaker kingpin kit kits km knew knife
        knives knock-on know know-how knowing knowingly knowledge knowledge-based knowledgeable
        known knows krona kwh kyat lab label labeled labels labor laboratories laboratory
        laborers labs lack lacked lacking lackluster lacks ladder lagging lags laid laissez-
        faire lambasted lamented land landed landing landline landmark landmine landmines
        landowner landowners lands landscape landslide lanes language languages languish
        languished lap laptop laptops large large-scale largely larger largesse largest lashed
        lashing last last-minute lasted lasting late lately later latest latitude latter
        laudable lauded laugh laughed launch launched launches launching launder laundered
        laundering laundry lavish law law-enforcement lawful lawlessness lawmakers laws lawsuit
        lawsuits lawyer lawyers lax lay layer laying layoffs lays lead lead-up leader leaders
        leadership leading leads leaf leak leakage leaked leaking leaks lean leaning leanings
        leans leap learn learned learning lease leased leases leasing least leave leaves leaving
        lecture lectures led leery leeway left left-leaning left-of-center left-wing leftist
        leftists leg legacy legal legality legalization legalized legalizing legally legendary
        legislation legislative legislator legislators legislature legislatures legitimacy
        legitimate legitimately legitimize legs lend lender lenders lending lends length lengths
        lengthy less lessen lessening lesser lesson lessons lest let lethal letter letters
        letting level leveled levels lever leverage leveraged levied liabilities liability
        liable liaise liar liberalization liberalize liberalized liberate liberated liberties
        libreta license licensed licensees licenses licensing licit lid lie lies lieu life life-
        saving lifestyle lifetime lift lifted lifting lifts light lighter lightly lightning
        lights like like-minded liked likelihood likely likeminded likened likes likewise limbo
        limelight limestone limit limitations limited limiting limits line lined lines lingering
        linguistic link linkage linkages linked linking links lion lip liquid liquidate
        liquidated liquidity liquids list listed listen listened listening listing lists lit
        litany liter literacy literally literature liters litigation little littoral live lived
        livelihood livelihoods lively lives livestock living load loaded loading loan loans
        loathe lobbied lobby lobbying local localized locally locally-engaged locals locate
        located locating location locations lock locked locks lodging log loggers logging logic
        logical logistical logistics logo lone long long-awaited long-delayed long-held long-
        overdue long-planned long-range long-running long-standing long-term long-time longer
        longer-range longer-span longer-term longest longevity longstanding longtime look looked
        looking lookouts looks looming looms loop loopholes loose loosely loosen loosening
        looting lose losers loses losing loss losses lost lot lots loud louder loudly lounge
        love loved loving low low-cost low-income low-key low-level low-risk lower lower-level
        lowered lowering lowers lowest lows loyal loyalist loyalists loyalty luck lucky
        lucrative luggage lukewarm lull lumber luminaries lunch luncheon lure lured luxury ly
        lying machinations machine machinery machines macro-economic macroeconomic mad made
        madrassas mafias magazine magistrate magistrates magnate magnitude main mainland mainly
        mainstream maintain maintained maintaining maintains maintenance maize major majority
        make make-up maker makers makes making malaise malaria male males malfeasance malign
        mall mammoth man man-made manage manageable managed management managerial managers
        manages managing manatees mandate mandated mandates mandating mandatory maneuver
        maneuvering manifest manifestation manifested manifesto manioc manipulate manipulated
        manipulating manipulation manned manner manning mansion mantle mantra manual manuals
        manufacture manufactured manufacturer manufacturers manufacturing many map maps maraging
        marble marched marches marching margin marginal marginalization marginalize marginalized
        marginalizing marginally margins marijuana maritime marked markedly marker market
        market-oriented marketed marketing marketplace markets marking markings marks marred
        marriage marriages married marry martyr martyrdom mask masked masks mass massacre
        massage masse masses massive master mastermind match matched matches matching mate
        material materialize materialized materials materiel maternal mathematics matrix matter
        matters mature maturity maximize maximizing maximum may maybe mayors mcm me meal meals
        mean meaning meaningful meaningfully meaningless means meant meantime measurable measure
        measured measurements measures measuring meat mechanical mechanics mechanism mechanisms
        medal meddling medevac media mediate mediating mediation mediator mediators medical
        medically medication medications medicines medics medium medium-sized medium-term meet
        meeting meetings meets meltdown melting member member-state member-states members
        membership memorial memories memory men mend mental mentality mentally mention mentioned
        mentioning mentors menu mercenaries merchandise merchant merchants mercury mercy mere
        merely merged merger merging merit merits mess message messages messaging met metal
        metals metaphor meter meters methamphetamine method methodologies methodology methods
        metric metrics mexicocity micro micro-credit microeconomic microfinance mid mid-1980s
        mid-2006 mid-2007 mid-2008 mid-2009 mid-2010 mid-day mid-level mid-term middle-class
        middle-income middlemen midnight midst midterm midterms midwife might migrant migrants
        migrate migratory mil-mil mild mildly mile miles milestone milestones militancy militant
        militants militaries militarily militarization military military-to-military militia
        militias milk mill million millions mind minded minds mindset mine mineral minerals
        miners minimal minimalist minimally minimize minimized minimizing minimum mining
        ministerial-level minor minorities minority minors minus minute minutes miracle mired
        mirror mirrored miscalculated miscalculation miscellaneous misconduct misdeeds misery
        misgivings misguided misinterpreted misleading mismanagement misperceptions
        misrepresentation miss missed missile missile-related missiles missing missionary
        missions missteps mistake mistaken mistakenly mistakes mistreated mistreatment mistrust
        misunderstanding misunderstandings misunderstood misuse misused mitigate mitigated
        mitigating mitigation mix mixed mixing mixture mm mob mobile mobility mobilization
        mobilize mobilized mobilizing mobs modalities mode model modeled modeling models
        moderate moderates moderating moderation modern modernization modernize modernized
        modernizers modernizing modest modification modifications modified modify modifying
        module modules modus mold moment moments momentum monarchy monastery money money-
        laundering monies monitor monitored monitoring monitors monolithic monopolies monopoly
        month month-long monthly months mood moral morale morality moratorium more moribund
        morning mortgage mortgages mosques most mostly mother motion motions motivate motivated
        motivation motivations motive motives motor motorcycle motorcycles mount mountain
        mountainous mountains mounted mounting move moved movements moves movie movies moving
        much mujahedeen mules mullahs multi-agency multi-billion multi-ethnic multi-lateral
        multi-national multi-polar multi-year multilateral multilateralism multilaterally
        multinational multiple multiplier multiply municipal municipalities municipality
        munitions murder murdered murders murky muscle mused music musical musician must muster
        muted mutual mutually mutually-beneficial my myriad myself mysterious mysteriously myth
        mythology myths naked named namely names naming nanotechnology nap narco-politics narco-
        related narco-terrorism narco-terrorist narco-traffickers narco-trafficking narcotics
        narcotics-related narcotraffickers narcotrafficking narrative narrow narrowed narrower
        narrowly nascent nasty nation nation-wide national-level nationalism nationalist
        nationalistic nationalists nationalities nationality nationalization nationalize
        nationalized nationally nationals nationwide native natural naturalized naturally nature
        nautical navies navigate navigating navigation nd nea near near-term nearby nearest
        nearing nearly necessarily necessary necessitated necessities necessity need needed
        needing needs needy nefarious negative negatively negatives neglect neglected negligence
        negligible negotiate negotiated negotiating negotiation negotiations negotiator
        negotiators neighbor neighborhood neighborhoods neighboring neighbors neither nephew
        nerves nervous nervously nervousness net netizens netted network networking networks
        neutral neutrality neutralize neutron never nevertheless new newborn newdelhi newer
        newest newfound newly newly-appointed news newsletter newspaper newspapers next next-
        generation nexus nice nicely niche night nightclub nightclubs nightmare nights nine
        ninety niqab no no-action noble nobody noclibya nod nodded noise nominal nominally
        nominate nominated nomination nominations nominee nominees non non-aligned non-bank non-
        binding non-commercial non-compliance non-confrontational non-controversial non-existent
        non-government non-governmental non-immigrant non-indigenous non-interference non-
        intervention non-lethal non-military non-nuclear non-official non-oil non-paper non-
        payment non-performing non-permanent non-political non-profit non-proliferation non-
        starter non-state non-stop non-strategic non-traditional non-viable non-violent
        noncommittal none nonetheless nonpaper nonsense noon nor norm normal normalization
        normalize normalized normally norms northeastern northerners northwest northwestern nose
        not notable notably note-taker noted notes notetaker noteworthy nothing notice
        noticeable noticeably noticed notices notification notifications notified notify
        notifying noting notion notions notoriety notorious notoriously notwithstanding novel
        now nowhere ns nuanced nuances nuclear nuclear-armed nuclear-related nucleus nudge null
        number numbered numbering numbers numerous nuns nurse nurses nutrition object objected
        objecting objection objectionable objections objective objectively objectives
        objectivity objects obligated obligation obligations oblige obliged obliges obscure
        observation observations observe observed observer observers observes observing obsessed
        obsession obsolete obstacle obstacles obstruct obstructed obstructing obstruction
        obstructionism obstructionist obstructive obtain obtainable obtained obtaining obtains
        obvious obviously occasion occasional occasionally occasioned occasions occupants
        occupation occupations occupied occupy occupying occur occurred occurrence occurrences
        occurring occurs odd odds of off off-duty off-guard off-shore off-the-record offence
        offended offenders offending offense offenses offensive offer offered offering offerings
        offers officers offices official officially officials offset offshore often oil oils old
        older oldest oligarchs olive olives omission omitted omnipresent on on-going on-line on-
        site on-the-record onboard once one one-day one-half one-hour one-on-one one-quarter
        one-sided one-state one-third one-time one-way one-year onerous ones ongoing online only
        onset onshore onto onus onward op-ed opaque open open-ended opened opening openings
        openly openness opens operate operated operates operating operation operational
        operationally operations operative operatives operator operators opine opined opining
        opinion opinions opium opponent opponents opportunist opportunistic opportunities
        opportunity oppose opposed opposes opposing opposite opposition opposition-controlled
        opposition-sponsored oppositionists opt opted optic optical optics optimal optimism
        optimistic optimize option options or oral orally orange orbit orchestrate orchestrated
        order ordered ordering orderly orders ordinarily ordinary ordnance org organ organic
        organization organizational organizations organize organized organizer organizers
        organizing organs orientation oriented origin original originally originate originated
        originates originating origins orphaned ostensibly ostentatious other others otherwise
        ought our ours ourselves oust ousted ouster out out-of-court outages outbreak outbreaks
        outburst outcome outcomes outcry outdated outdoor outer outgoing outlaw outlaws outlet
        outlets outline outlined outlines outlining outlook outlying outpatient outpost outposts
        output outrage outraged outreach outright outs outset outside outsider outsiders
        outskirts outspoken outstanding outward outwardly over over-flight over-reliance overall
        overarching overblown overcame overcome overcoming overcrowding overdue overestimated
        overflight overflights overhead overheard overland overlap overlapping overly overnight
        overplayed overreact overriding overruled oversaw overseas oversee overseeing overseen
        oversees overshadow overshadowed oversight overstay overt overthrow overtime overtly
        overture overtures overturned overview overwhelmed overwhelming overwhelmingly owe owed
        owes owing own owned owner owners ownership owning owns pace pacifist pack package
        packaged packages packed packing pact page pages paid pain painful painfully pains paint
        painted pair palatable palm palpable panel panels panic panners paper papers paperwork
        par para parade paradigm paradise paragraph paragraphs parallel parallels paralysis
        paralyzed parameters paramilitaries paramilitary paramount paranoia paranoid paras
        parastatal parastatals parcel pardon pardoned parent parents parishes parked parking
        parks parliamentarian parliamentarians parliamentary parliaments parlor parlors
        parochial part part-time partial partially participant participants participate
        participated participates participating participation particles particular particularly
        parties partisan partition partly partner partnering partners partnerships parts pass
        passage passages passed passenger passengers passes passing passionate passive passivity
        passport passports past paste pasture patch patent path paths patience patient patiently
        patients patrol patrolling patrols patron patronage patrons pattern patterns paucity
        pause paused pave paved paving pay payable paying payload payment payments payroll pays
        pdf peace peace-keeping peaceful peacefully peacekeeper peacekeepers peacekeeping
        peacemaker peak peanuts peasants pedestrians pedophiles peer peers peg pegged pellets
        penalized penalties penalty penchant pending penetrate penetrated penetration pension
        pensions people people-to-people peoples per perceive perceived perceives percent
        percentage percentages perception perceptions perchlorate perennial perfect perform
        performance performances performed performing perhaps perimeter period periodic
        periodically periods permanent permanently permissible permission permit permits
        permitted permitting perpetrated perpetrator perpetrators perpetuate perpetuation
        perplexed persecution persist persistence persistent persists person persona personal
        personalities personality personalized personally personnel persons perspective
        perspectives persuade persuaded persuading pertaining pertinent pervasive perverse peso
        pesos pessimism pessimistic pesticide petition petitions petrochemical petrol petty
        pharmaceutical pharmaceuticals pharmacies phase phased phases phenomena phenomenon
        philosophical philosophy phone phones phoning photo photographed photographic
        photographs photos phrase physical physically physician physicians pick pick-up picked
        picking pickpockets picks picture pictures piece piecemeal pieces pilgrimage pilgrims
        pillar pillars pills pilot pilots pimping pimps pin pinnacle pinned pipe pipeline
        pipelines pipes piquetero piqueteros piracy pirated pirates pistol pit pitch pivotal
        placards place placed placement places placing plagued plain plainclothes plainly
        plaintiff plaintiffs plan plane planes planned planner planners planning plans plant
        plantations planted planting plants plastic plate plates platform platforms platitudes
        plausible play played player players playing plays plaza plea pleaded pleasant
        pleasantly pleasantries please pleased pleasure pledge pledged pledges pledging plenary
        plenty plethora plight plot plots plotting ploy plummeted plummeting plunged pluralism
        plurality plus plutonium plutonium-239 pm pocket pockets point pointed pointedly
        pointing pointless points poised poison poisoning poisonous pol-mil polarization
        polarized police policed policeman policemen policies policing policy policy-level
        policy-makers policy-making policymakers policymaking polished polite politely political
        political-economic political-military politically politically-connected politician
        politicians politicization politicize politicized politicizing politics poll polled
        polling polls pollster pollutants pollution poly polygraph polygraphing polygraphs
        pomegranates pool poor poorer poorest poorly poppy populace popular popularity populated
        population populations populism populist populous por pork pornographic pornography
        porous port portable portfolio portfolios portion portions portray portrayal portrayed
        portraying ports pose posed poses posing posited position positioned positioning
        positions positive positively poslanie possess possessed possesses possessing possession
        possibilities possibility possible possibly post-9 post-colonial post-election post-
        hurricane post-war posted posters posting postpone postponed postponement postponing
        posts posture postures posturing pot potable potassium potent potential potentially
        pouch poultry pound pounds pour poured poverty powder powders power power-sharing
        powerbrokers powered powerful powers practical practically practice practiced practices
        practicing practitioners pragmatic pragmatism praise praised praising prayer prayers
        pre-condition pre-conditions pre-determined pre-election pre-referendum pre-salt pre-
        trial preach preachers preamble precarious precaution precautionary precautions precede
        preceded precedence precedent preceding precious precipitated precise precisely
        precision preclude preconceptions precondition preconditions precursor precursors
        predates predecessor predecessors predicated predict predictability predictable
        predictably predicted predicting prediction predictions predicts predisposition
        predominant predominantly predominately preeminent preemptive preexisting prefects
        prefer preferable preferably preference preferential preferred preferring prefers
        pregnant prejudice prejudices prejudicial preliminary prelude premature prematurely
        premeditated premiere premise premises premium premiums preoccupation preoccupied
        prepaid preparation preparations preparatory prepare prepared preparedness prepares
        preparing prerequisite prerogatives presage prescribe prescribed prescriptions presence
        present presentation presentations presented presenting presently presents preservation
        preserve preserved preserves preserving presided presidential presiding press pressed
        pressing pressure pressured pressures pressuring prestige prestigious presumably
        presumed presumption pretext pretty prevail prevailed prevailing prevalent prevent
        preventative prevented preventing prevention preventive prevents preview previewed
        previous previously prey price priced prices pricing prickly pride priest priests
        primacy primaries primarily primary principal principally principals principle
        principled principles print printed printer printers printing prior priorities
        prioritize prioritized priority prism prison prisoner prisoners prisons privacy private
        private-sector privately privately-owned privatization privatizations privatize
        privatized privatizing privileged privileges prized pro pro-democracy pro-government
        pro-independence pro-secular proactive proactively probability probable probably probe
        problem problematic problems procedural procedure procedures proceed proceeded
        proceeding proceedings proceeds process processed processes processing processions
        proclaimed proclaiming procure procured procurement procurements procuring prodding
        produce produced producer producers produces producing product production productive
        productively productivity products professed profession professional professionalism
        professionalization professionalize professionals professor professors profile profiles
        profiling profit profitability profitable profiting profits profound profoundly program
        programmatic programmed programming programs progress progressed progressing
        progressively prohibit prohibited prohibiting prohibition prohibitions prohibitive
        prohibits project projected projections projector projects proliferation proliferation-
        related proliferators prolong prolonged prominence prominent prominently promise
        promised promises promising promote promoted promotes promoting promotion promotions
        prompt prompted prompting promptly promulgated prone pronounced pronouncements proof
        propaganda propellant propellants propensity proper properly properties property
        propitious proponent proponents proportion proportional proposal proposals propose
        proposed proposes proposing proposition proprietary proscribed prosecute prosecuted
        prosecutes prosecuting prosecution prosecutions prosecutorial prosecutors prospect
        prospective prospectors prospects prosper prosperity prosperous prostate prostitute
        prostitutes prostitution protect protected protecting protection protectionism
        protectionist protections protective protector protects protege protest protested
        protesters protesting protestors protests protocols protracted proud proudly prove
        proved proven proves provide provided provider providers provides providing province
        province-by-province provinces provincial proving provision provisional provisions
        provocation provocations provocative provoke provoked provoking prowess proxies
        proximity proxy prudent psychological psychologists public public-private public-sector
        publically publication publications publicity publicize publicized publicizing publicly
        publics publish published publishers publishing pull pull-aside pulled pulling pulpit
        pump pumping pumps punch pundits punishable punished punishes punishing punishment
        punishments punitive purchase purchased purchaser purchases purchasing pure purely
        purges purported purportedly purporting purpose purposefully purposes purse pursuant
        pursue pursued pursues pursuing pursuit purview push pushback pushed pushes pushing put
        putative puts putting puzzle puzzled qualifications qualified qualify qualifying
        qualitative qualities quality quantify quantitative quantities quantity quarantined
        quarter quarterly quarters quash quasi-governmental quell queried queries query quest
        question questionable questioned questioning questions quick quickly quid quiet quieted
        quieter quietly quilombo quilombos quipped quit quite quo quorum quota quotas quote
        quoted quotes quoting race races racism racist rackets radar radars radiation radical
        radicalism radicalization radicalize radically radicals radio radioactive radiological
        radios raid raided raids rail railed railroad railway rain rainfall rainforest rains
        rainy raise raised raises raising rallied rallies rally rallying ramifications rampant
        ran ranchers ranching random range ranged ranges ranging rank rank-and-file ranked
        ranking rankings ranks ransom rape raped rapes rapid rapidly rapport rapporteur
        rapporteurs rapprochement rare rarely rashly ratchet rate rated rates rather
        ratification ratified ratify ratifying rating ratings ratio ration rational rationale
        rattled raw rd re re-elected re-election re-energize re-engage re-engagement re-engining
        re-enter re-entry re-establish re-established re-establishing re-establishment re-
        examine re-export re-injection re-open re-start re-started re-structuring reach reached
        reaches reaching react reacted reacting reaction reactions reactivate reactive reactor
        reactors read read-out readers readily readiness reading readout reads ready ready-made
        reaffirm reaffirmed reaffirming reaffirms real real-time real-world realignment realist
        realistic realistically realities reality realization realize realized realizes
        realizing really realm reals reappointment rearming reaso reason reasonable reasonably
        reasoned reasoning reasons reassert reassessment reassigned reassurance reassurances
        reassure reassured reassuring rebel rebellion rebellious rebels rebound rebuff rebuffed
        rebuild rebuilding rebuilt rebuke rebuked recall recalled recalling recalls
        recapitalization receipt receipts receive received receives receiving recent recently
        reception receptive receptivity recess recession recipe recipient recipients reciprocal
        reciprocate reciprocated reciprocity reckoning reclaim recognition recognize recognized
        recognizes recognizing recommend recommendation recommendations recommended recommending
        recommends recommitted reconcile reconciliation reconciling reconfirmed reconnaissance
        reconsider reconstruct reconstruction reconvene reconvened record recorded recorders
        recording recordings records recounted recounting recounts recourse recover recovered
        recovering recovery recreational recriminations recruit recruited recruiter recruiters
        recruiting recruitment recruits rectify recuperate recurring recycling red-line red-
        lines redefine redeployment redirect redirected redress reduce reduced reduces reducing
        reduction reductions redundancy redundant reelected reelection reeling reengage
        reengagement reestablish reexamine ref refer reference referenced references referendum
        referral referrals referred referring refers refid refine refined refineries refinery
        refining reflect reflected reflecting reflection reflective reflects reflexive refocus
        reforestation reform reform-minded reformed reformers reforming reformist reforms
        reformulation refrain refrained refrigerated refs reftel reftels refuel refueling refuge
        refugee refugees refurbish refurbishment refusal refuse refused refuses refusing refute
        refuted refuting regain regard regarded regarding regardless regards regime regimes
        region regional regionalization regionally regions register registered registering
        registrars registration registrations registry regret regrets regrettable regretted
        regular regularize regularly regularly-scheduled regulate regulated regulating
        regulation regulations regulator regulators regulatory rehabilitate rehabilitated
        rehabilitating rehabilitation reign reimbursement reimbursements rein reinforce
        reinforced reinforcement reinforces reinforcing reining reins reinsertion reinstate
        reinstated reinstating reintegrate reintegration reinvigorate reinvigorated reiterate
        reiterated reiterating reject rejected rejecting rejection rejects rejoin relate related
        relates relating relation relations relationship relationships relative relatively
        relatives relax relaxation relaxed relaxing relay relayed relaying release released
        releases releasing relentless relentlessly relevance relevant reliability reliable
        reliance reliant relied relief relies relieve relieved religion religions religious
        religiously relinquish relinquishing relocate relocating relocation reluctance reluctant
        reluctantly rely relying remain remainder remained remaining remains remark remarkable
        remarkably remarked remarking remarks remedies remedy remember remembered remind
        reminded reminder reminders reminding reminiscent remittance remittances remnants remote
        remotely removal remove removed removes removing remuneration renamed render rendered
        rendering rendition renditions renegotiate renegotiated renegotiating renegotiation
        renew renewable renewables renewal renewed renewing renounce renounced renovation
        renowned rent rented renting renunciation reopen reopened reopening reorganization
        reorganize reorient repair repaired repairing repairs reparations repatriate repatriated
        repatriating repatriation repay repaying repayment repayments repeal repealed repeat
        repeated repeatedly repeating repentance repercussions replace replaced replacement
        replacements replaces replacing replicate replicated replied replies reply replying
        report reported reportedly reporter reporters reporting reports represent representation
        representational representations representatives represented representing represents
        repression repressive reprisals reprocessing reproductive reps republics repudiate
        repudiation reputable reputation reputed request requested requesting requests require
        required requirement requirements requires requiring requisite rescind rescinded rescue
        rescued rescuing research researcher researchers researching resemble resent resentment
        resents reservation reservations reserved reserves reservoir reservoirs reset resettle
        resettled resettlement resettling reshape reshuffle reside resided residence residences
        residency resident residential residents resides residing residual residue resign
        resignation resignations resigned resigning resigns resilience resilient resist
        resistance resistant resisted resisting resolution resolutions resolve resolved
        resolving resonance resonate resonated resort resorted resorting resource resources
        respect respectable respected respectful respecting respective respectively respects
        respond responded respondents responders responding responds response responses
        responsibilities responsibility responsible responsibly responsive responsiveness rest
        restart restarting restated restaurant restaurants rested restitution restoration
        restore restored restoring restrained restraining restraint restraints restrict
        restricted restricting restriction restrictions restrictive restricts restructure
        restructuring rests resubmit result resulted resulting results resume resumed resuming
        resumption resurfaced resurgence resurgent resurrected retail retain retained retaining
        retains retake retaliate retaliation retaliatory retention rethink reticence reticent
        retire retired retirees retirement retirements retiring retorted retransfer
        retransferred retreat retribution return returned returning returns reunification
        reunified revamping reveal revealed revealing reveals revelation revelations revenge
        revenue revenue-sharing revenues reversal reverse reversed reversible reversing reverted
        review reviewed reviewing reviews revise revised revising revision revisionist revisions
        revisit revisited revitalize revival revive revived reviving revocation revoke revoked
        revoking revolt revolutionaries reward rewarded rewards rewrite rhetoric rhetorical
        rhetorically ribbon rich richer riches richest rid ride riders ridiculed ridiculous
        riding rife rifles rift rifts rig rigging right right-of-way right-wing rightful rightly
        rights rights-oriented rigid rigorous ring rings riot rioting riots riparian ripe rise
        risen rises rising risk risk-averse risked risking risks risky rites rituals rival
        rivalries rivalry rivals riverbed riverine rivers riyals road roadblock roadblocks
        roadmap roads robbed robberies robbers robbery robust rocked rocket rockets rocks rocky
        rod rods rogue role roles roll rolled rolling rollout rolls roof room rooms root roots
        rose rosy rotary-wing rotate rotating rotation rotational rotations rotten rough roughly
        round roundly rounds roundtable route routes routine routinely row rubber rubric rugged
        ruin rule ruled rulers rules ruling rulings rumor rumored rumors run run-off run-up
        runner-up running runoff runs runway rupture rural rush rushed rushing ruthless sa
        sabotage sacked sacred sacrifice sacrifices sacrificing safe safeguard safeguarded
        safeguards safely safer safest safety saga said sail sailboat sailing sailors sake
        salaries salary sale sales salmon salt salutary same sample samples sampling sanction
        sanctioned sanctioning sanctions sanctity sanctuaries sanctuary sand sanguine sanitation
        sanitize sat satellite satellites satisfaction satisfactorily satisfactory satisfied
        satisfy save saved saving savings savior savvy saw say saying says scale scaling scam
        scams scan scandal scandals scanned scanner scanners scanning scant scarce scare scared
        scarred scathing scattered scenario scenarios scene scenes schedule scheduled schedules
        scheduling scheme schemes scholar scholars scholarship scholarships school schools
        science-based scientific scientist scientists scope score scored scores scoring scorn
        scrambling scratch screen screening screens script scripted scrutiny scuttle scuttled se
        seaborne seafarers seal sealed seals seaport seaports search searches searching seas
        season seasonal seasoned seat seated seats secession second second-hand second-largest
        second-round second-tier secondary seconded secondees secrecy secret secretive secretly
        sectarian sections sector sectoral sectors secular secularism secure secured securing
        security security-related see seed seeds seeing seek seekers seeking seeks seem seemed
        seeming seemingly seems seen sees segment segments seismic seize seized seizing seizure
        seizures seldom select selected selecting selection selections selective self self-
        confidence self-defense self-described self-determination self-government self-imposed
        self-interest self-proclaimed self-reliance self-sufficiency sell seller sellers selling
        sells semblance semi-modern seminar seminarians seminars send sending sends senior
        senior-level seniority sensational sensationalist sense sensed senses sensible sensitive
        sensitivities sensitivity sensitize sensitized sensors sent sentence sentenced sentences
        sentencing sentiment sentiments separate separated separately separates separating
        separation separatist separatists septel septels sequestered serial series serious
        seriously seriousness sermon sermons servant servants serve served server servers serves
        service servicemen services servicing serving servitude session sessions set set-up
        setback setbacks sets setting settings settle settled settlement settlements settles
        settling seven seventh seventy sever several severance severe severed severely severing
        severity sewage sewer sex sexual sexuales sexually sgov shadows shake shake-up shaken
        shaking shaky shale shall shallow shame shape shaping share shared shareholder
        shareholders shares sharing sharp sharply she shed sheer sheet sheets shelf shelling
        shelter shelters shenanigans shied shield shift shifted shifting shifts ship shipment
        shipments shipowner shipped shippers shipping ships shock shocked shocking shocks shoes
        shoot shootdown shooting shootings shootout shop shopping shops shore shoring short
        short-lived short-term shortage shortages shortcomings shortened shorter shortfall
        shortfalls shortly shot shots should shoulder shouting show showcase showed showing
        shown shows shrapnel shrink shrinking shuffle shuffled shut shutdown shutting shuttle
        shy siblings sic sick side side-by-side sidebar sideline sidelines sides siding siege
        sigh sight sights sign signal signaled signaling signals signatories signatory signature
        signatures signed significance significant significantly signing signs silence silent
        silo silver similar similarities similarly simmering simple simpler simplification
        simplified simplify simplistic simply simultaneous simultaneously since sincere
        sincerely sincerity single singled singular sink sins sister sit site sites sits sitting
        situated situation situations six six-month sixteen sixth sixty sizable size sizeable
        sized skeptical skepticism skeptics sketch skewed skill skilled skillfully skills skin
        slack slain slap slate slated slates slaughter slavery slaves sleep sleeping slide
        slides slight slightly slim slip slipped slips slogan slogans slot slots slow slow-
        moving slowdown slowdowns slowed slower slowing slowly slowness slows slug sluggish
        slump slums small small-scale smaller smallest smell smelter smiled smoke smoking smooth
        smoother smoothly smuggle smuggled smugglers smuggling snafus snapshot snubbed so so-
        called soap soccer social socially societal societies society socio-economic
        socioeconomic sociologists sodomizing soft soften softened softening softer software
        soil solar sold soldier soldiers sole solely solicit solicitation solicited soliciting
        solid solid-propellant solidarity solidify solidly solution solutions solve solved
        solving some someday somehow someone something sometime sometimes somewhat somewhere son
        son-in-law sons soon soon-to-be sooner sophisticated sophistication sore sorely sort
        sortie sorties sought sound sounded sounding sounds sour source sources sourcing soured
        south-south southeastern southern southwest sovereign sovereignty sow soy soya soybean
        soybeans spa space spaces spare spared spark sparked speak speakers speaking speaks
        specialists specialize specialized specializes specializing specially specialty species
        specific specifically specifications specificity specifics specified specifies specify
        specifying spectacle spectacular spectators specter spectra spectrum speculate
        speculated speculating speculation speculative speculators speech speeches speed speedy
        spell spelled spelling spend spending spends spent sphere spheres spied spike spillover
        spills spinning spiral spirit spirited spirits spiritual spite splinter split splits
        splitting spoiled spoiler spoils spoke spoken spokesman spokesmen spokesperson sponsor
        sponsored sponsoring sponsors sponsorship spontaneous sporadic sporting sports spot
        spotlight spots spotted spouse spray spraying spread spreading spring springboard spun
        spur spurred spurring spy spying sq squabble squabbling squandered square squarely
        squatters squeeze st stabbed stability stabilization stabilize stabilized stabilizing
        stable stadium staffed staffer staffers staffing staffs stage staged stages staging
        stagnant stagnation stake staked stakeholder stakeholders stakes stalemate stall stalled
        stalling stalwart stalwarts stamp stamps stance stances stand stand-alone standard
        standard-bearer standardize standardized standards standby standing standoff standpoint
        stands standstill staples stark start started starting starts state-controlled state-
        level state-of-the-art state-owned state-run state-sponsorship stated statehood
        statement statements statesman statesmen static stating stationary stationed stationing
        stations statistical statistics statue stature status statutes statutory staunch stave
        stay stayed staying stays steadfastly steadily steady steal stealing stealth steam steel
        steep steeped steer steered stem stemmed stemming stems step step-by-step stepped
        stepped-up stepping steps stereotyping sterling stern stewardship stick sticking sticks
        stiff stifle still stimulate stimulating stimulus sting stint stints stipend stipends
        stipulate stipulated stipulates stipulating stipulation stir stirred stock stockpile
        stockpiles stocks stole stolen stomach stones stood stop stopover stoppages stopped
        stopping stops storage store stored stores stories storm story stowage straight
        straightforward strain strained strains strange stranglehold strategic strategically
        strategies strategist strategists strategy stray streak streamline streamlined
        streamlining streams street streets strength strengthen strengthened strengthening
        strengthens strengths strenuously stress stressed stresses stressful stressing stretch
        stretched stretches stretching strict stricter strictly strictures strident strides
        strife strike strikers strikes striking string stringent strings stripped stripping
        strive striving stroke strong stronger strongest stronghold strongly strongman strongmen
        struck structural structure structured structures struggle struggled struggles
        struggling stubborn stuck student students studied study studying stumble stumbling
        stunned stunning stunt stupid style stymie stymied suasion sub-ministerial sub-prime
        sub-regional sub-salt sub-standard subcontinent subdued subject subjected subjects
        submarine submarines submission submit submits submitted submitting subordinate
        subordinates subscribe subscribers subsection subsequent subsequently subside subsided
        subsidiaries subsidiary subsidies subsidize subsidized subsidy subsistence substance
        substandard substantial substantially substantive substantively substitute substitution
        subterranean subtle subtly suburb suburbs subway succeed succeeded succeeding succeeds
        success successes successful successfully succession successive successor successors
        such sudden suddenly sued suffer suffered suffering suffers sufficient sufficiently
        sugar sugarcane suggest suggested suggesting suggestion suggestions suggests suicide
        suicides suit suitable suitcase suited suits sum summaries summarily summarize
        summarized summarizing summed summer summits summon summoned summons sums sunk super-
        majority superb superficial superior superiority superiors supermarket superpower
        supervise supervision supervisor supervisors supplant supplement supplemental
        supplementary supplemented supplementing supplied supplier suppliers supplies supply
        supplying support supported supporter supporters supporting supportive supports supposed
        supposedly supposition suppressing supremacy supremely sure surely surface surfaced
        surge surged surgery surging surmised surpassed surplus surpluses surprise surprised
        surprises surprising surprisingly surrender surrendered surrogates surrounded
        surrounding surrounds surveillance survey surveyed surveys survival survive survived
        surviving survivor survivors susceptibility susceptible suspect suspected suspects
        suspend suspended suspending suspension suspicion suspicions suspicious sustain
        sustainability sustainable sustained sustaining sustainment sustains swallow swallowed
        swap swath sway swayed sweep sweeping swift swiftly swing swipe swirling switch switched
        switches switching sword swords sworn symbol symbolic symbolically symbolism symbols
        sympathetic sympathies sympathizers sympathy symposia symposium symptoms synagogue sync
        synch syndicate syndicates synergy synopsis synthesis synthetic system systematic
        systematically systemic systems table tabled tables tabletop tablets tabloid tabs tacit
        tack tackle tackled tackling tactic tactical tactician tactics tahdiya tail tainted take
        taken takeover takes taking tale talent talented talk talked talking talks tally
        tallying tandem tangible tank tanker tankers tanks tap tape tapped target targeted
        targeting targets tariff tariffs tarmac tarnished tasked tasking tasks taste taught tax
        taxation taxed taxes taxi taxing taxis taxpayer te tea teach teacher teachers teaching
        team teaming teams tear technical technically technician technicians techniques
        technocrat technocratic technocrats technological technologically technologies
        technology teenager teenagers teeth telaviv telcon telecommunication telecommunications
        telecoms telephone telephoned telephones televised television tell telling tells temper
        temperature temperatures tempered temple temporarily temporary temptation tempted
        tempting ten tend tended tendencies tendency tender tenders tends tenets tenor tens
        tense tension tensions tent tentative tentatively tenth tents tenuous tenure tepid term
        termed terminal terminals terminate terminated termination terms terrain terrible
        terribly territorial territories territory terror terrorism terrorism-related terrorist
        terrorist-related terrorists test testament tested testified testify testimony testing
        tests text textbooks textile textiles texting texts th tha than thank thanked thanking
        thanks that the theater theft thefts their them thematic theme themes themselves then
        theology theoretical theoretically theories theory therapy there thereafter thereby
        therefore therein thereof thereto thermal thermoelectric these thesis they thick thieves
        thin thing things think thinker thinkers thinking thinks thinly third third-country
        third-party thirds thirteen thirty this thorianite thorny thorough thoroughfares
        thoroughly those though thought thoughtful thoughts thousand thousands thread threat
        threaten threatened threatening threatens threats three three-day three-hour three-part
        three-track three-year threshold threw throne through throughout throw throwing thrown
        thrust thugs thunder thus thwart thwarted ticket tickets tide tie tied ties tight
        tighten tightened tightening tighter tightly timber time time-consuming timed timeframe
        timeline timelines timely times timetable timing tiny tip tipped tips tired tires titled
        titles to tobacco today together token told tolerance tolerant tolerate tolerated
        tolerating toll tolls tomorrow ton tone tons too took tool tools top top-level topic
        topics topped toppled torch torched torn torpedoed torture tortured total totaled
        totaling totality totally totals touch touched touches tough tougher toughest tour
        toured tourism tourist tourists tours tout touted touts toward towards towers towing
        town towns toxic trace traced traces track tracked tracker tracking tracks traction
        tractor tractors trade trade-related traded traders trading tradition traditional
        traditionally traditions traffic trafficked trafficker traffickers trafficking
        trafficking-related trafficking-specific tragedy tragic trail trailing train trained
        trainees trainer trainers training trainings trains traitor trajectory tranche tranches
        transaction transactions transatlantic transcript transcripts transfer transferred
        transferring transfers transform transformation transformed transforming transit
        transited transiting transition transits translate translated translates translation
        transmission transmit transmitted transnational transparency transparent transparently
        transport transportation transported transporting transshipment trap trapped trash
        trauma travel traveled traveler travelers traveling travelled travelling travels tread
        treason treasurer treat treated treaties treating treatment treats tree trees tremendous
        tremendously trend trends tri-border trial trials triangle triangular tribal tribals
        tribe tribes tribunals tried tries trigger triggered triggering trilateral trillion trip
        triple tripled trips tripwires triumph troop troops trouble troubled troubles
        troublesome troubling truce truck truckers trucking trucks true truly trump trumped
        trumpeted trust trusted trusts trustworthy truth try trying tsunami tuberculosis tuition
        tumor tumultuous tuna tune tunnel tunneling tunnels turbine turbines turbulence
        turbulent turf turmoil turn turned turnout turnover turns twelve twelve-month twentieth
        twenty twenty-five twenty-seven twice twin twist two two-day two-hour two-month two-page
        two-party two-stage two-state two-thirds two-three two-tier two-way two-week two-year
        twofold tying type types typical typically ubiquitous ugly uk ultimate ultimately
        ultimatum umbrella unabated unable unacceptable unacceptably unaccompanied unaccountable
        unambiguous unanimity unanimous unanimously unannounced unanswered unarmed unauthorized
        unavailability unavailable unavoidable unaware unbiased uncertain uncertainty unchanged
        uncharacteristically unchecked unclassified uncle unclear uncomfortable uncommon
        uncompromising unconcerned unconditional unconfirmed unconstitutional uncontacted
        uncontrolled unconventional unconvincing uncoordinated uncover uncovered undecided
        undeclared undefined undemocratic under under-age underage undercover undercut
        undercutting underestimate underestimated undergo undergoing undergone undergraduate
        underground underline underlined underlines underlings underlying undermine undermined
        undermines undermining underpaid underpin underscore underscored underscores
        underscoring understaffing understand understandable understandably understanding
        understandings understands understood undertake undertaken undertakes undertaking
        undertakings undertook underway undesirable undeveloped undisclosed undocumented
        undoubtedly undue unease uneasy unemployed unemployment unenthusiastic unequal
        unequivocal unequivocally uneven unexpected unexpectedly unfair unfairly unfamiliar
        unfavorable unfettered unfinished unfit unfold unfolding unforeseen unfortunate
        unfounded unfriendly unfulfilled unhappiness unhappy unhelpful unhindered unidentified
        unification unified unifies uniform uniformed uniformly uniforms unify unifying
        unilateral unilateralism unilaterally unimaginable unintended unintentional
        unintentionally uninterested unionists unionized unions unique uniquely unite uniting
        units unity universal universality universalization universally universities university-
        level unjustifiable unjustified unknown unknowns unlawful unleashed unless unlicensed
        unlike unlikely unlimited unmanned unnamed unnecessary unofficial unofficially unpaid
        unpalatable unparalleled unpleasant unpopular unpopularity unprecedented
        unpredictability unpredictable unprepared unqualified unrealistic unreasonable
        unregistered unrelated unreliable unresolved unrest unrestricted unruly unsatisfactory
        unscathed unscheduled unseat unsecured unsettled unskilled unspecified unstable
        unsubstantiated unsuccessful unsuccessfully unsure unsustainable untenable untested
        unthinkable until untouchable untreated untrustworthy unused unusual unusually unveil
        unveiled unveiling unwarranted unwavering unwelcome unwilling unwillingness up up-and-
        coming up-front up-to-date upbeat upcoming update updated updates updating upfront
        upgrade upgraded upgrader upgrades upgrading upheaval upheld uphill uphold upon uprising
        uproar ups upscale upset upsetting upstream upswing uptick upward upwards uranium urban
        urge urged urgency urgent urgently urges urging us usage use used useful usefully
        usefulness useless usembassy user users uses using usual usually usufruct utilities
        utility utilization utilize utilized utilizes utilizing utmost vacancies vacancy vacant
        vacate vacation vacations vaccines vacuum vague vain valid validate validated validity
        valuable valuables valuation value value-added valued values valve valves vandalism
        vanes variable variables varied varies varieties variety various vary varying vast
        vastly vegetable vegetables vegetation vehement vehemently vehicle vehicles vehicular
        veil veiled vein vendors vent venture ventured ventures venue venues veracity verbal
        verbally verdict verdicts verge verification verified verifies verify verifying versa
        versed version versions versus vertical very vessel vessels vested vests vet veteran
        veterans veto vetoes vetted vetting via viability viable vibrant vice-president vicinity
        vicious victim victims victories victory video videos view viewed viewers viewing
        viewpoint views vigilance vigilant vigor vigorous vigorously village villagers villages
        villas vindicate vindication vintage violate violated violates violating violation
        violations violators violence violent violently virtual virtually virtue virulent virus
        vis vis-a-vis visa visa-free visas visceral viscerally visibility visible visibly vision
        visions visit visited visiting visitor visitors visits vital vitally vitriolic vocal
        vocational vociferous voice voiced voices voicing void volatile volatility volume
        volumes voluntarily voluntary volunteered volunteers von vote voted voter voters votes
        voting vowed vs vulnerabilities vulnerability vulnerable vulture vying wadi wage wages
        wait wait-and-see waited waiting waive waiver waivers wake wake-up walk walk-in walked
        walking walkout walls waned waning want wanted wanting wants war warden warehouse
        warehouses warhead warheads warlord warlords warm warming warmly warmth warn warned
        warning warnings warrant warranted warrants warriors wars wary was wash washed waste
        wasted wastewater watched watchers watching watchlist watchlists water waters watershed
        wave wavering waves way ways we weak weaken weakened weakening weakens weaker weakest
        weakly weakness weaknesses wealth wealthiest wealthy wean weapon weaponization weaponry
        weapons wear wearing weather weathered webpage websites wedding wedge week week-long
        weekend weekends weekly weeks weigh weighed weighing weight welcome welcomed welcomes
        welcoming well well-being well-connected well-developed well-disposed well-educated
        well-established well-informed well-known well-organized well-placed well-positioned
        well-received well-respected well-structured well-timed well-trained wells went were
        westward whale whales whaling what whatever whatsoever wheat when whenever where
        whereabouts whereas whereby wherein wherever whether which whichever while whims
        whipping whispers whites who whoever whole wholeheartedly wholesale wholly whom whose
        why wide wide-ranging wide-spread widely widening wider widespread wield wielded wields
        wife wild wildly will willing willingly willingness win win-win wind winding window
        windows winds wine wing wings winnable winner winners winning wins winter wipe wire
        wireless wireroom wiretap wiretaps wisdom wise wisely wish wished wishes wishful wishing
        wit with withdraw withdrawal withdrawing withdrawn withdrew withheld withhold
        withholding within without withstand witness witnessed witnesses witnessing wives woes
        woman women won wonder wondered wondering wonders wooden word wording words work
        workable worked worker workers workfare workforce working working-level workings
        workload workplace workplaces works workshop workshops world world-wide worldview
        worldwide worn worried worries worrisome worry worrying worse worsen worsened worsening
        worsens worship worst worst-case worth worthwhile worthy would would-be wound wounded
        wounding wounds wrangling wrap wrapped wrath wreath wreck wrestling wrinkle writ write
        writer writers writing writings written wrong wrongdoing wrote wryly x-ray x2294 x2295
        year year-long year-old year-on-year yearly years yellow yesterday yet yield yielded
        yielding yields you young younger youngest your yours youth youthful youths zero zero-
        sum zone zu
        """
    )
)

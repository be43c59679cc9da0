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
    MR MS MRS DR
    FORUM SUMMIT CONFERENCE MEETING CENTER CENTRE INSTITUTE FOUNDATION ASSOCIATION CHAMBER
    ALLIANCE MOVEMENT FRONT COALITION BLOC ORGANIZATION AUTHORITY BOARD SERVICE SERVICES
    CORPORATION CORP INC LTD FUND PROGRAM PROGRAMME PROJECT INITIATIVE TASK FORCE DIVISION
    UNIT CORPS GUARD BRIGADE BATTALION REGIMENT COMMAND HEADQUARTERS AFFAIRS NEWS TIMES
    DAILY RADIO TELEVISION TV ACADEMY SCHOOL COLLEGE HOSPITAL AIRPORT PORT PALACE HOUSE
    DEMOCRATS REPUBLICANS SOCIALISTS COMMUNISTS LIBERALS CONSERVATIVES CHRISTIAN ISLAMIC
    """
    )
)

# Words seen mostly in lower case in running English text of diplomatic reporting
# (counted on mixed-case paragraphs: lower-case uses at least twice the capitalised
# ones inside a sentence). In an all-capitals text a name stops at such a word.
COMMON_WORDS = frozenset(
    _words(
        """
        abandon abandoned abandoning abide abilities ability able aboard abolish about above
        abroad abruptly absence absent absolute absolutely absorbed abstained abstention absurd
        abuse abused abuses academia academic academics academies accede accelerate accelerated
        accept acceptable acceptance accepted accepting accepts access accessible accession
        accident accidents accommodate accompanied accompany accompanying accomplish
        accomplished accomplishments accord accordance according accordingly accords account
        accountability accountable accounted accounting accounts accumulated accurate accurately
        accusation accusations accuse accused accusing accustomed achieve achieved achievement
        achievements achieving acknowledge acknowledged acknowledges acknowledging acquire
        acquired acquiring acquisition acquisitions acreage acres across acted action actions
        active actively activism activist activists activities activity actor actors acts actual
        actually acute ad adamant adapt adapted add added adding addition additional address
        addressed addresses addressing adds adequate adequately adhere adherence adjacent adjust
        adjustments administer administrations administrative administrators admiration
        admission admit admits admitted admitting adopt adopted adopting adoption ads adult
        adults advance advanced advances advancing advantage advantageous advantages adversaries
        adverse adversely advertising advice advise advised advisers advises advising advisors
        advocacy advocate advocated advocates advocating aerial affair affect affected affecting
        affects affiliated affiliates affiliation affinity affirm affirmed affirming afford
        afforded afloat afraid after aftermath afternoon afterwards again against age aged
        agencies agenda agendas agent agents ages aggravated aggression aggressive aggressively
        aging agitation ago agree agreed agreeing agreement agreements agrees agricultural ahead
        aid aide aides ailing aim aimed aims aircraft aired airframe airlift airline airport
        airports airspace aka akin alarm alarmed albeit alcohol alert alerted alia alien
        alienated alienating align aligned alike alive all allegation allegations allege alleged
        allegedly alleging alleviate alliances allied allies allocated allocation allow allowed
        allowing allows alluded ally almost alone along alongside aloud already also alter
        alternate alternative alternatives although altogether aluminum always am ambition
        ambitions ambitious amenable amend amended amending amendment amendments amid ammunition
        amnesty among amongst amount amounted amounts ample an analyses analysis analyst
        analysts analytical analyze analyzing and anecdotal anger angered angle angry animal
        animals anniversary announce announced announcement announcements announcing annual
        annually another answer answered answers anthropogenic anti-corruption anti-government
        anti-money narcotics anti-nuclear anti-piracy anti-terrorism anti-trafficking anticipate
        anticipated anticipates anticipation antipathy anxiety anxious any anybody anyone
        anything anytime anyway anywhere apart apartment apartments apologize apologized apology
        apparatus apparent apparently appeal appealed appealing appeals appear appearance
        appearances appeared appearing appears applauded applicable applicant applicants
        application applications applied applies apply applying appoint appointed appointing
        appointment appointments appreciate appreciated appreciates appreciation appreciative
        apprehended approach approached approaches approaching appropriate appropriately
        approval approvals approve approved approving approximately arbitrary arbitration
        architect architecture are area areas arena argue argued argues arguing argument
        arguments arise arm armed arming armored arms arose around arrange arranged arrangement
        arrangements arranging array arrest arrested arresting arrests arrival arrive arrived
        arrives arriving arsenal articles articulate articulated artillery artists as ascertain
        aside ask asked asking asks aspect aspects aspirants aspirations assailants
        assassination assault assemble assembled assert asserted asserting assertion assertions
        assertive asserts assess assessed assesses assessing assessment assessments asset assets
        assign assigned assignment assignments assist assistance assisted assisting associate
        associated associates associations assume assumed assumes assuming assumption
        assumptions assurance assurances assure assured assuring asylum at atmosphere attached
        attaches attack attacked attacking attacks attain attained attempt attempted attempting
        attempts attend attendance attended attendees attending attention attitude attitudes
        attorneys attract attracted attracting attractive attribute attributed audience
        audiences audio audit auditors auspices author authoritarian authorities authorization
        authorize authorized authorizing auto automatic automatically automobile autonomous
        autonomy autumn availability available avenues average averred avoid avoided avoiding
        await awaiting award awarded aware awareness away baby back backbone backdrop backed
        background backgrounds backing backlash backlog backwards bad badly bail balance
        balanced balancing ballistic ballot ballots ban bankers banking banks banned banner
        banners banning bans barely bargain bargaining barracks barrel barrels barriers base
        based baseline bases basic basically basis battalions batteries battery battle
        battlefield battles bcm be beach beans bear bearing beat beaten beating became because
        become becomes becoming beef been before began begin beginning begins begun behalf
        behave behavior behest behind behind-the-scenes beholden being belief beliefs believe
        believed believes believing belong belonged belonging belongs below belt benchmarks
        beneficial beneficiaries beneficiary benefit benefited benefiting benefits bent besides
        best better between beyond bias biased bid bidders bidding bids big bigger biggest
        bilateral bilaterally bill billion billions bills bin binding biodiversity biofuel
        biofuels biographic biological biometric biotech biotechnology bioterrorism birthday
        bishops bit bitter bitterly blackmail blackouts blacks blame blamed blames blaming blank
        blasts blatant bleak blind bloc block blockade blocked blocking blocks blog blogger
        bloggers blogs blood bloodshed bloody blow blunt boarding boat boats bodies body bold
        bolster bomb bomber bombers bombing bombings bombs bona bond bonds bonus bonuses book
        books boom booming boost border borders born borrow borrowing boss both bottom bought
        bound box boycott boys bpd br brain branch branches brand breach bread breadth break
        breakdown breakfast breaking breaks breakthrough breathing bribe bribery bribes bridge
        bridges bridging brief briefed briefing briefings briefly bright bring bringing brings
        broad broad-based broadcast broadcaster broadcasts broaden broadening broader broadly
        brochures broke broken broker brokered brokers brother brothers brought brushed brutal
        brutality budget budgetary budgets build build-up building buildings built bulk bullet
        buoyed burden bureaucracy bureaucrat bureaucratic bureaucrats burgeoning burglaries
        burned burning burnish bus buses business businesses businessman businessmen bust busy
        but buy buyer buyers buying by cable cables cadre cadres calculated calculating
        calculation calculations calendar call called calling calls calm came camera cameras
        camp campaign campaigning campaigns camps can cancel canceled canceling cancellation
        cancelled cancer candid candidacy candidate candidates cane cannot capabilities
        capability capable capacities capacity capacity-building capita capital capitalize
        capitals capture captured capturing car carbon card cards care career careful carefully
        caretaker cargo carried carrier carriers carries carry carrying cars cartel cartels
        cartoons case case-by-case cases cash casks cassette cast casualties catastrophe catch
        categorically categories category cattle caught cause caused causes causing caution
        cautioned cautioning cautious cautiously caveats cease cease-fire ceased ceasefire cede
        ceiling celebration celebrations cell cells cem cement census cent center-left center-
        right centered centers centrifuges centrist cents century ceremony certain certainly
        certificate certificates certification certify cessation chain chaired chairmanship
        chairs challenge challenged challenges challenging champion chance chances change
        changed changes changing channel channeled channels chaos chapter chapters character
        characteristics characterization characterize characterized characterizing charged
        charges charging charisma charismatic charitable charities cheap cheaper check checked
        checkpoints checks chemical chemicals child children choice choices choose chooses
        choosing chose chosen chronic churches circle circles circulate circulated circulating
        circulation circumstances circumvent cite cited cites cities citing citizen citizens
        citizenship civil civilian civilians claim claimed claiming claims clan clandestine
        clans clarification clarified clarify clarifying clarity clashes class classes
        classification clause clauses clean clear clearance cleared clearer clearing clearly
        clerical clerics client clients climate clinic close closed closely closer closest
        closing closure clothing clout clubs cluster co-operation coal coalition coalitions
        coastal coca cocaine cocalero coercion coffee coherent cohesion coincide collaborate
        collaboration collaborative collapse collapsed collateral colleague colleagues collect
        collected collecting collection collective colonial color columnist com combat
        combatants combating combination combine combined come comes comfort comfortable coming
        commanders commands commended commensurate commentary commentator commentators commented
        commenting comments commercial commercially commissioned commissions commit commitment
        commitments commits committed committing commodities commodity common commonly communal
        communicate communicated communication communications communique communities community
        companies company comparable comparative comparatively compare compared comparison
        compassionate compelled compelling compensate compensation compete competence competent
        competing competition competitive competitiveness competitors compiled complain
        complained complaining complaint complaints complement complementary complete completed
        completely completing completion complex complexities complexity compliance compliant
        complicate complicated complicates complicating complicit complicity complied
        compliments comply complying component components composed composition compound
        comprehensive comprise comprised comprises compromise compromised compromises compulsory
        computer computers conceded concentrate concentrated concentration concept concern
        concerned concerning concerns concert concerted concession concessions conciliatory
        conclude concluded concluding conclusion conclusions concrete concur concurred
        concurrence concurrent condemn condemnation condemned condemning condition conditioned
        conditioning conditions condolences conduct conducted conducting conducts conference
        conferences confidant confided confidence confidence-building confident confidential
        confidentiality configuration confirm confirmation confirmed confirming confirms
        confiscated conflict conflicting conflicts confront confrontation confrontational
        confrontations confronted confronting confused confusion congratulated congressmen
        conjunction connect connected connecting connection connections conscience conscious
        consecutive consensus consent consequence consequences conservation consider
        considerable considerably consideration considerations considered considering considers
        consist consisted consistent consistently consisting consists consolidate consolidated
        consolidating consolidation consortia conspiracy constant constantly constituencies
        constituency constituents constitute constituted constitutes constitution constitutional
        constrain constrained constraints construct constructed constructing construction
        constructive constructively construed consular consuls consult consultant consultants
        consultation consultations consulted consulting consumer consumers consumption contact
        contacted contacts contain contained container containers containing contains
        contamination contemplated contemporary contend contended contender contenders content
        contention contentious contents contest contested context continent contingency
        contingent continuation continue continued continues continuing continuity continuous
        continuously contraband contract contracted contracting contractor contractors contracts
        contradict contradiction contradictory contrary contrast contrasted contribute
        contributed contributes contributing contribution contributions contributor contributors
        control controlled controllers controlling controls controversial controversy convene
        convened convenient convening conventional conventions convergence conversation
        conversations conversion convert converted convey conveyed conveying convicted
        conviction convictions convince convinced convincing convoy cool cooperate cooperated
        cooperates cooperating cooperation cooperative coordinate coordinated coordinates
        coordinating coordination copies copy copying cordial core corn corner corporate
        corporations correct corrections correspondence correspondent corresponding corridor
        corrupt corruption cost costly costs cotton could councils counsel counseled count
        counted counter counter-insurgency counter-narcotics counter-radicalization counter-
        terrorism countered counterfeit countering counterinsurgency counternarcotics
        counterpart counterparts counterproductive counterproposal counterterrorism
        counterweight counting countries country country-specific countryside counts coup couple
        coupled courageous course courses courtesy courting courts cousin cover coverage covered
        covering covers covert crack crackdown craft cranes crash create created creates
        creating creation creative creativity credence credentials credibility credible credit
        credited creditors credits crew crews crime crimes criminal criminality criminalize
        criminalized criminals crises crisis criteria critic critical critically criticism
        criticisms criticize criticized criticizing critics crop crops cross-border crossed
        crossing crossings crowd crowds crucial crude crunch cubic cultivate cultivation
        cultural culture curb currency current currently curriculum custody customer customers
        cut cuts cutting cycle da dailies daily damage damaged damages damaging danger dangerous
        dangers dark data database databases dated dates dating daughter day day-to-day daylight
        days de dead deadline deadlines deal dealers dealing dealings deals dealt death deaths
        debate debated debates debating debauchery debris debt debts decade decades decent
        deception deceptive decide decided decidedly decides deciding decision decision-makers
        decision-making decisions decisive deck declaration declarations declare declared
        declaring declassified decline declined declining decommissioning decrease decreased
        decreasing decree decrees decried dedicated deemed deems deep deepen deepened deepening
        deeper deeply defamation default defeat defeated defeating defend defendant defendants
        defended defender defending defensive defer defiant deficiencies deficit define defined
        defining definitely definition definitive deforestation defuse degradation degree
        degrees delay delayed delaying delays delegate delegates delegation delegations deleted
        deliberate deliberately deliberations delicate deliver deliverables delivered deliveries
        delivering delivery demand demanded demanding demands demarcation demarche demarches
        demining demise demobilization demobilized democracy democratization demographic
        demonstrate demonstrated demonstrates demonstrating demonstration demonstrations
        demonstrators demurred denial denied denies denounce denounced deny denying depart
        departed departing departments departure depend depended dependence dependency dependent
        depending depends deploy deployed deploying deployment deployments deport deportation
        deported deposit deposits depressed deprived depth der derived derives desalination
        descent describe described describes describing description desert deserve deserves
        design designate designated designating designation designations designed designs desire
        desired desires desperate desperately despite destabilize destabilizing destination
        destinations destined destroy destroyed destroying destruction detail detailed details
        detain detained detainee detainees detect detected detection detention detentions deter
        deteriorate deteriorated deteriorating deterioration determination determine determined
        determines determining deterrence deterrent develop developed developing development
        developments develops device devices devolution devolved devote devoted dh dialog
        dialogue dialogues diamond diamonds dictate dictated dictator dictatorship did didn die
        died diesel differ difference differences different differently differing differs
        difficult difficulties difficulty digging digital dilemma dimension diminish diminished
        dinar dinars dinner diplomacy diplomat diplomatic diplomatically diplomats dipnote dire
        direct directed directing direction directions directives directly dirty disadvantage
        disagree disagreed disagreement disagreements disappear disappearances disappeared
        disappointed disappointing disappointment disarm disarray disaster disasters disastrous
        discipline disciplined disclosed discomfort discontent discount discounted discourage
        discouraged discourse discovered discoveries discovery discredit discredited discreet
        discrepancies discrete discretion discrimination discuss discussed discussing discussion
        discussions disdain disease diseases dislike dismantle dismantling dismiss dismissal
        dismissed dismissive disparate dispatched displaced display displayed displeasure
        disposal disposed disposition disproportionate dispute disputed disputes disrupt
        disrupted disruption dissatisfaction dissatisfied disseminate dissemination dissent
        dissident dissidents dissolution dissolve dissuade distance distant distinct distinction
        distinguish distract distracted distribute distributed distribution districts distrust
        disturbances disturbed disturbing diverse diversification diversified diversify
        diversion diversity divert diverted divide divided dividends dividing divisions divisive
        divorce do doctor doctors doctrine document documentary documentation documented
        documents does dogs doing dollar dollars domestic domestically dominance dominant
        dominate dominated dominates don donate donated donation donations done donor donors
        door doors dos dossier double doubled doubling doubt doubted doubtful doubts down
        downplay downplayed downstream downtown downturn downward dozen dozens draconian draft
        drafted drafting drag drama dramatic dramatically drastic draw drawdown drawing drawn
        dream drift drill drilling drinking drive driven driver drivers driving drop dropped
        dropping drug drug-related drugs dry dual dual-use due dumped duration during duties
        duty dwindling dynamic dynamics dysfunctional e-mail each eager earlier earliest early
        earmarked earn earned earnings earthquake eas ease easier easily easing easy echoed
        economic economically economies economists economy edge edition editor editorial educate
        educated education educational effect effected effective effectively effectiveness
        effects efficiency efficient efficiently effort efforts egregious eight eighteen either
        elaborate elaborated elderly elders elect elected election elections electoral
        electorate electric electrical electricity electronic electronics element elements
        eleven elicit eligible eliminate eliminated eliminating elimination elite elites else
        elsewhere email emailed emails emanating embargo embarrass embarrassed embarrassing
        embarrassment embassies embedded emboldened embrace embraced emerge emerged emergence
        emerging emigration emissions emotional emotions emphasis emphasize emphasized
        emphasizes emphasizing employ employed employee employees employer employers employing
        employment employs empower empowered empowerment empty en enable enabled enables
        enabling enact enacted encounter encountered encounters encourage encouraged
        encouragement encourages encouraging end end-use end-user endeavor ended endemic ending
        endorse endorsed endorsement endorsing endowment ends endure enemies enemy energetic
        energy enforce enforced enforcement enforcing engage engaged engagement engagements
        engages engaging engine engineer engineering engineers engines enhance enhanced
        enhancing enjoy enjoyed enjoying enjoys enlargement enlist enormous enough enriched
        enrichment ensuing ensure ensured ensures ensuring entail entails enter entered entering
        enterprise enterprises enters enthusiasm enthusiastic enthusiastically entire entirely
        entities entitled entity entrance entrenched entrepreneurs entrepreneurship entries
        entry environment environmental envision envisioned envisions ephedrine episode equal
        equally equals equation equip equipment equipped equipping equitable equities equity
        equivalent era eradicate eradication erode erratic error erstwhile escalate escalating
        escalation escape escaped escort escorted especially espionage essence essential
        essentially establish established establishes establishing establishment establishments
        estate esteemed estimate estimated estimates estimation etc ethanol ethical ethics
        ethnic eur evacuation evade evaluate evaluating evaluation evasion eve even evening
        event events eventual eventually ever every everyone everything everywhere evidence
        evidenced evident evidently evolution evolved evolving exacerbate exacerbated
        exacerbating exact exactly exaggerate exaggerated examination examine examined examining
        example examples exceed exceeded exceeding exceeds excellent except exception
        exceptionally exceptions excess excessive exchange exchanged exchanges exclude excluded
        excluding exclusion exclusive exclusively excuse execute executed execution executives
        exempt exemptions exercise exercised exercises exert exile exist existed existence
        existential existing exists exit exits expand expanded expanding expands expansion
        expatriate expatriates expect expectation expectations expected expecting expects
        expedite expeditious expel expelled expend expenditure expenditures expense expenses
        expensive experience experienced experiences experiencing experiment expert expertise
        experts expiration expires explain explained explaining explains explanation
        explanations explicit explicitly exploit exploitation exploited exploiting exploration
        explore exploring explosion explosions explosive explosives export exported exporter
        exporters exporting exports exposed exposing exposure express expressed expressing
        expression expressions expulsion extend extended extending extends extension extensive
        extensively extent extortion extra extra-judicial extract extradite extradited
        extradition extraordinary extreme extremely extremism extremist extremists eye eyes
        fabricated face faced faces facilitate facilitated facilitates facilitating facilitation
        facilitator facilitators facilities facility facing fact faction factions facto factor
        factories factors factory facts faculty fail failed failing fails failure failures fair
        fairly fairness faith fake fall fallen falling fallout falls false familiar families
        family famous fan far farewell farm farmers farming farms farther fashion fast faster
        fate father fault favor favorable favorably favored favoring favorite favors fax fear
        feared fearful fears feasibility feasible feature featured features featuring fed fee
        feed feedback feel feeling feelings feels fees feet fell fellow felt female fence few
        fewer fides field fields fierce fiercely fifteen fifth fifty fight fighter fighters
        fighting figure figures file filed files filing fill filled film final finalize
        finalized finalizing finally financed finances financial financially financiers
        financing find finding findings finds fine fined fines fingerprint fingerprints finish
        finished finishing fire firearms fired fires firing firm firmly firms first first-ever
        fiscal fish fishing fit fits five five-year fix fixed fixing flag flagship flat flatly
        fled flee fleet flew flexibility flexible flight flights float floated flood flooding
        floods floor flow flowing flown flows fluent fluid fly flying fm focus focused focuses
        focusing fold follow follow-on follow-up followed followers following follows food foods
        foot for fora force forced forcefully forces forcibly forcing forefront foreigner
        foreigners foremost forensics foresee foreseeable forest forests forge forgery forget
        forging form formal formalized formally format formation formed former formerly
        formidable forming forms formula formulate formulating formulation forth forthcoming
        fortunes forums forward forward-leaning forwarded foster fostering fought found
        foundations founded founder founding four four-day fourth fragile frame framework frank
        frankly fraud fraudulent free freedom freedoms freely freeze frequency frequent
        frequently fresh friction friend friendly friends friendship frigate fringe from front
        front-page front-runner fronts frozen fruit fruitful fruition fruits frustrated
        frustrating frustration fuel fueled fueling fuels fugitives fulfill fulfilled fulfilling
        full fully function functional functioning functions fundamental fundamentalism funded
        funding fundraising funds funeral furious further future gain gained gaining gains game
        gaming gang gangs gap gaps garment garner gas gasoline gather gathered gathering gauge
        gave gay geared gender generally generals generate generated generating generation
        generational generations generators generous genetically genocide genuine genuinely
        geographic geographical geopolitical geothermal gesture gestures get gets getting giant
        girl girls give given gives giving glaciers glass global globalization globalized
        globally go goal goals goes going gone good goods goodwill got gotten gov govern
        governance governed governing government government-owned government governmental
        governments governs grade gradual gradually graduate graduated graduates grains grant
        granted granting grants graphite grassroots grateful gratitude gratuitous grave great
        greater greatest greatly greenhouse greeted grew grid grievances gross ground grounds
        groundwork group groups grow growers growing grown growth guarantee guaranteed
        guaranteeing guarantees guarantor guarantors guards gubernatorial guerrilla guest guests
        guidance guide guided guidelines guiding guilty gun gunmen guns guy guys had hailed half
        halt halted hamper hampered hand handed handful handing handle handled handles handling
        hands hang happen happened happening happens happy harassed harassment harbor hard hard-
        line hardball harder hardly hardware harm harmful harmony harsh harshly harvest
        harvested has hate hatred have haven having havoc he head headed header heading headline
        headlines headquarters heads headway heal health healthcare healthy hear heard hearing
        hearings heart heat heated heating heavily heavy heavyweight heavyweights hectares hedge
        heels heightened heir held helicopter helicopters helm help helped helpful helping helps
        hemisphere hemispheric hence her here heritage hero heroin herself hesitant hesitate
        hidden hide hiding hierarchy high high-level high-profile high-ranking higher highest
        highlight highlighted highlighting highlights highly highways hijacking hikes him
        himself hinder hindered hinted hire hired hiring his historic historical historically
        history hit hitting hoc hold holders holding holdings holds holiday holidays home homes
        homicide homicides honest honeymoon honor hope hoped hopeful hopefully hopes hoping
        horizon horses hospital hospitals host hostage hostages hosted hostile hostilities
        hosting hosts hot hotel hotels hour hours housed households houses housing how however
        hrs http hub huge human humanitarian hundred hundreds hurdle hurdles hurt husband
        hydrocarbon hydroelectric id idea ideal ideas identical identification identified
        identifies identify identifying identity ideological ideology if ignore ignored ignoring
        ill illegal illegally illegitimate illicit illness illustrated illustrates image imagery
        images imagine immediate immediately immigrant immigrants immigration imminent immunity
        impact impacts impartial impasse impeachment impede impediment impending imperative
        impetus implement implementation implemented implementing implicated implication
        implications implicitly implied imply implying import importance important importantly
        importation imported importing imports impose imposed imposes imposing imposition
        impossible impoverished impressed impression impressions impressive imprisoned
        imprisonment improve improved improvement improvements improving impunity in in-country
        depth inability inaccurate inaction inadequate inappropriate inaugural inaugurated
        inauguration incapable incendiary incentive incentives inception incident incidents
        inclined include included includes including inclusion inclusive income incomes incoming
        incomplete inconsistent incorporate incorporated incorporating increase increased
        increases increasing increasingly incubators incumbent incursion incursions indeed
        indefinitely independence independent independently index indicate indicated indicates
        indicating indication indications indicative indicators indicted indictment indigenous
        indirect indirectly individual individuals industrial industries industry ineffective
        inefficient ineligible inept inequality inertia inevitable inevitably inexperienced
        infighting infiltration inflation inflationary inflexible influence influenced
        influences influencing influential influx inform informal informally information
        informed informing infrastructure inherited initial initially initiate initiated
        initiative initiatives injunction injured injuries injury inmates inner innocent
        innovation innovative input inputs inquired inquiries inquiry inroads insecurity insert
        inside insider insiders insight insights insignia insist insisted insistence insisting
        insists inspect inspection inspections inspectors inspired instability install
        installation installations installed installing instance instances instead instincts
        instituted institutional institutions instructed instruction instructions instructors
        instrument instrumental instruments insufficient insult insulting insurance insurgency
        insurgent insurgents intact integral integrate integrated integrating integration
        integrity intel intelink intellectual intellectuals intelligence intelligent intend
        intended intending intends intense intensely intensified intensify intensity intensive
        intent intention intentionally intentions inter-agency inter-governmental interaction
        interactions interagency intercept intercepted interceptors interdict interdiction
        interest interested interesting interests interfaith interfere interference interfering
        interim interjected interlocutor interlocutors intermediary intermediate internal
        internally international internationally interoperability interpret interpretation
        interpretations interpreted interpreter intersessional intervene intervened intervention
        interventions interview interviewed interviews intimidate intimidation into
        intransigence introduce introduced introducing introductory invasion invasions inventory
        invest invested investigate investigated investigating investigation investigations
        investigative investigators investing investment investments investor investors
        invitation invitations invite invited inviting involve involved involvement involves
        involving iron irregular irregularities irrelevant irresponsible irritant irritated is
        island isolate isolated isolation issuance issue issued issues issuing it item items its
        itself jail jailed jeopardize jet jets jihadi job jobs join joined joining joint jointly
        joked journalist journalists judge judged judges judgment judgments judicial judiciary
        jump junior junta jurisdiction jury just justification justified justify juvenile keen
        keenly keep keeping keeps kept key keyed kg kidnapped kidnapping kidnappings kids kill
        killed killing killings kilograms kilometer kilometers kilos kind kinds kits km knew
        know knowing knowledge knowledgeable known knows krona kyat lab label labor laboratories
        laboratory laborers labs lack lacked lacking lacks laid lamented land landing landowners
        lands landscape language laptop large large-scale largely larger largest last last-
        minute lasted lasting late later latest latter lauded launch launched launches launching
        laundering law lawmakers laws lawsuits lawyer lawyers lay laying lead leader leaders
        leadership leading leads leak leaked leaks leaning leap learn learned learning lease
        least leave leaves leaving led left left-leaning leftist leftists legacy legal legality
        legally legislation legislative legislator legislators legislature legitimacy legitimate
        lend lending lends length lengthy less lesser lessons let lethal letter letters letting
        level levels leverage liability liberalization liberties license licenses licensing lie
        lies lieu life lifestyle lift lifted lifting light like like-minded liked likelihood
        likely likened likes likewise limit limitations limited limiting limits line lines
        lingering link linkage linkages linked linking links liquid liquidity list listed listen
        listened listening listing lists literally litigation little live lived lives living
        loaded loading loan loans lobbied lobby lobbying local locally locals locate located
        location locations locked loggers logging logic logical logistical logistics long long-
        range long-running standing long-term long-time longer longer-term longstanding longtime
        look looked looking looks looming loop loopholes loose lose losing loss losses lost lot
        lots love low low-income low-key lower lowered lowering lowest loyal loyalty lucrative
        lukewarm lunch luncheon luxury machine machinery machines macroeconomic made magazine
        magistrate magistrates magnitude main mainland mainly mainstream maintain maintained
        maintaining maintains maintenance major majority make maker makers makes making male man
        manage manageable managed management managers manages managing mandate mandated mandates
        mandatory maneuver maneuvering manipulate manipulated manipulation manner manual
        manufacture manufactured manufacturer manufacturers manufacturing many map marches
        margin marginal marginalized margins marijuana maritime marked market marketing markets
        marking marks marriage marriages married mass massacre massive master match mate
        material materials materiel matter matters mature maximize maximum may maybe mayors me
        mean meaning meaningful means meant meantime measure measured measures meat mechanics
        mechanism mechanisms meddling media mediate mediation mediator medical medicines medium
        medium-sized meet meeting meetings meets melting member members membership memory men
        mentality mention mentioned mentioning mercenaries mere merely merger merit merits
        message messages messaging met metal meter meters method methodology methods metric
        mexicocity micro mid mid-level midst might migrant migrants mil-mil mild mile miles
        militant militants militaries militarily military military-to-military militia militias
        million millions mind minds mindset mine mineral minimal minimize minimum mining minor
        minorities minority minors minute minutes mirror mismanagement missed missile missiles
        missing missions missteps mistake mistakes mistrust misuse mitigate mix mixed mm mob
        mobile mobility mobilization mobilize mode model models moderate moderates modern
        modernization modernize modest modifications modified modify moment momentum money
        monitor monitored monitoring monitors monopolies monopoly month monthly months mood
        moral morale more morning mortgage mortgages mosques most mostly mother motion motions
        motivated motivation motive motives mount mountains mounted mounting move moved
        movements moves movie moving much multilateral multilateralism multinational multiple
        municipal municipalities municipality munitions murder murdered murders mused music must
        muted mutual mutually my myth named namely names naming narco-traffickers narco-
        trafficking narcotics narcotraffickers narcotrafficking narrative narrow nation
        nationalism nationalist nationalistic nationalists nationality nationalization
        nationally nationals nationwide native natural naturally nature navigation nd nea near
        near-term nearby nearly necessarily necessary necessity need needed needs negative
        negatively negotiate negotiated negotiating negotiation negotiations negotiator
        negotiators neighbor neighborhood neighborhoods neighboring neighbors neither nervous
        net network networking networks neutral neutrality neutron never nevertheless new newly
        news newspaper newspapers next nice night nine niqab no nominate nominated nomination
        nominee non non-compliance non-governmental non-interference non-nuclear non-paper
        permanent non-proliferation non-starter non-state none nonetheless nonpaper nor normal
        normalization normalize normalized normally norms not notable notably noted notes
        notetaker noteworthy nothing notice noticed notices notification notified notify noting
        notion notorious notwithstanding now nuanced nuclear number numbers numerous object
        objected objection objections objective objectives obligated obligation obligations
        obliged observation observations observe observed observer observers obstacle obstacles
        obtain obtained obtaining obvious obviously occasion occasional occasionally occasions
        occupation occupied occupy occur occurred occurrence occurring occurs odds of off
        offenders offense offenses offensive offer offered offering offers officers offices
        official officially officials offset offshore often oil old older on on-going on-line
        once one one-day one one-third one-year ones ongoing online only onshore onto op-ed open
        opened opening openly openness opens operate operated operates operating operation
        operational operations operatives operator operators opined opinion opinions opponent
        opponents opportunities opportunity oppose opposed opposes opposing opposite opposition
        opt opted optimism optimistic option options or oral orange orbit orchestrated order
        ordered ordering orders ordinary org organization organizational organizations organize
        organized organizers organizing organs orientation oriented origin original originally
        originated ostensibly other others otherwise ought our ours ourselves out outbreak
        outcome outcomes outcry outdated outgoing outlets outline outlined outlining outlook
        outpost output outrage outreach outright outset outside outsiders outspoken outstanding
        over overall overcome overly overnight overriding overseas oversee overseeing oversees
        oversight overt overthrow overtures overview overwhelming overwhelmingly own owned owner
        owners ownership owns pace package packaged packages pact page pages paid pain painful
        pains paint painted palatable panel paper papers paperwork para paragraph paragraphs
        parallel parameters paramilitaries paramilitary paramount paras parastatal parent
        parents parks parliamentarian parliamentarians parliamentary parliaments parlors part
        partial partially participant participants participate participated participates
        participating participation particles particular particularly parties partisan partly
        partner partnering partners partnerships parts pass passage passed passenger passengers
        passes passing passport passports past patent path paths patience patient patients
        patrol patrolling patrols patronage pattern patterns pause pave paved pay paying payment
        payments pays peace peaceful peacefully peacekeepers peacekeeping peak penalties penalty
        pending pension pensions people peoples per perceive perceived perceives percent
        percentage perception perceptions perfect perform performance performed performing
        perhaps period periodic periodically periods permanent permanently permission permit
        permits permitted permitting perpetrated perpetrators persistent person personal
        personalities personality personally personnel persons perspective perspectives persuade
        persuaded persuading pertaining pessimism pessimistic petition pharmaceutical
        pharmaceuticals phase phased phases phenomenon philosophy phone phones photo photographs
        photos physical physically physician physicians pick picked picking picture piece pieces
        pilgrims pillar pillars pilot pilots pipe pipeline pipelines piquetero piqueteros piracy
        pirated pirates pitch place placed placement places placing plan plane planes planned
        planners planning plans plant planting plants plate platform platforms play played
        player players playing plays plea please pleased pledge pledged pledges pledging plenary
        plenty plight plot plotting plus plutonium pm point pointed pointedly pointing points
        poised mil police policeman policemen policies policing policy policymakers political
        military politically politician politicians politicized politics poll polled polling
        polls pollution polygraphs pool poor poorer poorest poorly poppy populace popular
        popularity populated population populations populist populous porous port portable
        portfolio portion portions portray portrayed ports pose posed poses posing posited
        position positioned positions positive positively possess possesses possession
        possibilities possibility possible possibly post-election posted posters postpone
        postponed postponement postponing posts posture posturing potential potentially pounds
        poverty power power-sharing powered powerful powers practical practice practices
        pragmatic praise praised praising precautions precedent preceding precise precisely
        preclude precursor predecessor predecessors predict predicted predictions predicts
        predominantly prefer preference preferred preferring prefers prejudice preliminary
        premature preoccupied preparation preparations prepare prepared preparedness prepares
        preparing prescribed presence present presentation presentations presented presenting
        presently presents preserve preserving presidential presiding press pressed pressing
        pressure pressured pressures pressuring prestige presumably presumed pretext pretty
        prevail prevailing prevent preventative prevented preventing prevention preventive
        prevents previewed previous previously price prices pricing pride priest priests
        primarily primary principal principally principals principle principled principles print
        printed printer printers prior priorities prioritize priority prison prisoner prisoners
        prisons privacy private privately privatization privatized privileged privileges pro
        government proactive probable probably probe problem problematic problems procedural
        procedure procedures proceed proceeded proceeding proceedings proceeds process processed
        processes processing procure procurement produce produced producer producers produces
        producing product production productive productivity products professional
        professionalism professionals professor professors profile profit profitable profits
        profound program programming programs progress progressed prohibit prohibited
        prohibiting prohibition prohibits project projected projector projects proliferation
        proliferation-related prolonged prominence prominent prominently promise promised
        promises promising promote promoted promotes promoting promotion prompt prompted
        prompting promptly prone pronounced pronouncements proof propaganda propellant proper
        properly properties property proponents proportion proposal proposals propose proposed
        proposes proposing prosecute prosecuted prosecuting prosecution prosecutions
        prosecutorial prosecutors prospect prospective prospectors prospects prosperity
        prosperous prostitutes prostitution protect protected protecting protection
        protectionist protections protective protects protest protested protesters protesting
        protestors protests protocols proud prove proved proven provide provided provider
        providers provides providing province provinces provincial proving provision provisions
        provocations provocative provoke provoked provoking proxies proximity proxy prudent
        psychological public public-private publication publications publicity publicize
        publicized publicly publish published publishing pull pull-aside pulled pulling pundits
        punishable punished punishment punitive purchase purchased purchases purchasing purely
        purported purpose purposes pursuant pursue pursued pursuing pursuit purview push pushed
        pushing put putative puts putting qualified qualify qualifying quality quantities
        quantity quarter quarterly quarters quasi-governmental quell queried quest question
        questionable questioned questioning questions quick quickly quiet quietly quilombo quite
        quo quota quotas quoted race races racism radar radars radiation radical radicalism
        radicalization radicals radio radioactive radiological raid raids rail rain raise raised
        raises raising rallies rally ramifications rampant ran ranchers random range ranges
        ranging rank rank-and-file ranked ranking ranks ransom rape rapid rapidly rapporteur
        rapprochement rare rarely rate rates rather ratification ratified ratify rating ratings
        rational rationale raw rd re-elected re-election re-establishment re-structuring reach
        reached reaching react reacted reacting reaction reactions reactive reactor reactors
        read readily readiness reading readout ready reaffirm reaffirmed real real-time
        realignment realistic realities reality realization realize realized realizes really
        realm reason reasonable reasonably reasons reassure reassured reassuring rebel rebellion
        rebels rebuffed rebuild rebuilding recall recalled recalling receipt receive received
        receives receiving recent recently reception receptive recess recession recipient
        recipients reciprocal recognition recognize recognized recognizes recognizing recommend
        recommendation recommendations recommended recommends reconcile reconciliation
        reconnaissance reconsider reconstruction record recorded recorders recording records
        recounted recourse recover recovered recovering recovery recruit recruited recruiting
        recruitment recruits redress reduce reduced reduces reducing reduction reductions
        reelected reelection ref refer reference references referendum referral referred
        referring refers refid refined refinery refining reflect reflected reflecting reflection
        reflects reform reforming reformist reforms refrain refrained refs reftel reftels
        refueling refuge refugee refugees refusal refuse refused refuses refusing regain regard
        regarded regarding regardless regards regime regimes region regional regionally regions
        register registered registering registration registry regret regretted regular regularly
        regulate regulated regulation regulations regulator regulators regulatory rehabilitated
        rehabilitation reinforce reinforced reinforces reinforcing reintegration reiterate
        reiterated reiterating reject rejected rejecting rejection rejects relate related
        relating relation relations relationship relationships relative relatively relatives
        relaxed relayed release released releases releasing relevance relevant reliability
        reliable reliance relied relief relies relieved religion religions religious relocation
        reluctance reluctant rely relying remain remainder remained remaining remains remark
        remarkable remarked remarks remember remind reminded reminding remittances remote
        removal remove removed removes removing remuneration render rendition renditions
        renegotiate renegotiated renegotiation renew renewable renewal renewed renewing renounce
        renounced reopen reorganization repair repaired repairs reparations repatriated
        repatriation repeat repeated repeatedly repeating repercussions replace replaced
        replacement replaces replacing replied reply report reported reportedly reporter
        reporters reporting reports represent representation representatives represented
        representing represents repression reprocessing reps reputation request requested
        requesting requests require required requirement requirements requires requiring
        requisite rescue research researcher researchers resentment reservation reservations
        reserved reserves reset resettle resettlement reshuffle reside residence residences
        residency resident residential residents residing resign resignation resigned resist
        resistance resistant resisted resolution resolutions resolve resolved resolving resort
        resorted resource resources respect respected respective respectively respects respond
        responded respondents responding response responses responsibilities responsibility
        responsible responsive rest restart restaurant restaurants restitution restoration
        restore restoring restraint restrict restricted restricting restrictions restrictive
        restructuring rests result resulted resulting results resume resumed resumption
        resurgent retail retain retained retains retaliate retaliation retired retirement
        retreat return returned returning returns reunification reveal revealed revealing
        reveals revelation revenge revenue revenues reversal reverse reversed review reviewed
        reviewing reviews revise revised revising revision revisions revive revocation revoked
        reward rewrite rhetoric rhetorically rich rid ride rife rifles rigging right rights
        rigorous ring rings riot rioting riots rise risen rising risk risks risky rival rivalry
        rivals rivers road roadblocks roadmap roads robbed robberies robbery robust rocket
        rockets rods rogue role roles roll rolled rolling room rooms root roots rose rotating
        rotation rotations rough roughly round rounds roundtable route routes routine routinely
        row rule ruled rules ruling rumor rumored rumors run run-off run-up running runoff runs
        rural rush sacrifice safe safeguard safeguards safely safety said sailboat sake salaries
        salary sale sales salt same sample samples sanction sanctioned sanctions sanitation
        satellite satisfaction satisfactory satisfied satisfy save saved saving savings savvy
        saw say saying says scale scandal scandals scenario scenarios scene scenes schedule
        scheduled schedules scheduling scheme schemes scholars scholarship scholarships school
        schools scientific scientist scientists scope score scores screen screening scrutiny se
        seal search searches searching season seasoned seat seats secession second secondary
        seconded secrecy secret sectarian sections sector sectors secular secure secured
        securing security see seeing seek seekers seeking seeks seem seemed seemingly seems seen
        sees segment segments seize seized seizure seizures select selected selection selective
        self self-defense self-determination sell selling seminar seminars send sending sends
        senior senior-level sense sensitive sensitivities sensitivity sent sentence sentenced
        sentences sentiment sentiments separate separated separately separation separatist
        separatists septel serial series serious seriously seriousness servants serve served
        serves service services serving session sessions set setback setbacks sets setting
        settle settled settlement settlements seven seventh several severe severely sewage sex
        sexual sgov shake shall shape shaping share shared shareholder shareholders shares
        sharing sharp sharply she shelter shelters shield shift shifted shifting shifts ship
        shipment shipments shipped shipping ships shock shocked shooting shop shopping shops
        shore short short-term shortage shortages shortcomings shorter shortfall shortfalls
        shortly shot shots should show showed showing shown shows shrinking shuffle shut
        shutting shy sick side sides siege sight sign signal signaled signaling signals
        signatory signature signatures signed significance significant significantly signing
        signs silence silent similar similarly simple simply simultaneous simultaneously since
        sincere sincerity single singled sister sit site sites sitting situation situations six
        six-month sixth size sizeable skeptical skepticism skilled skills slate slated slavery
        slight slightly slim slip slogans slot slow slowdown slowed slower slowly slug small
        smaller smooth smuggle smuggled smugglers smuggling so so-called soccer social societal
        societies society socio-economic soft software soil solar sold soldiers sole solely
        solicit solicited soliciting solid solidarity solidify solution solutions solve solved
        solving some somehow someone something sometime sometimes somewhat son sons soon sooner
        sophisticated sort sought sound sounded source sources southern sovereign sovereignty
        soy space spaces spare spark sparked speak speakers speaking speaks specialists
        specialized species specific specifically specifics specified specify spectrum speculate
        speculated speculation speech speeches speed spend spending spent sphere spiral spirit
        spite split spoiled spoiler spoke spoken spokesman spokesperson sponsor sponsored
        sponsoring sponsors sponsorship spot spotlight spots spread spreading spring spur
        spurred spying squabbling square squarely st stability stabilization stabilize
        stabilizing stable staffed staffer staffers staffing stage staged stages stake
        stakeholders stakes stalemate stall stalled stamp stance stand standard standards
        standing stands stark start started starting starts state-owned state-run stated
        statement statements stating stationed stations statistical statistics stature status
        statutes statutory stay stayed staying steadily steady steal steel steer stem stemming
        stems step stepped stepping steps stick sticking still stimulate stimulus stint
        stipulated stipulates stir stock stockpile stocks stolen stood stop stopped stopping
        stops storage store stored stores stories storm story straight straightforward strain
        strained strains strategic strategically strategies strategy streamline street streets
        strength strengthen strengthened strengthening strengths stress stressed stressing
        stretch stretched strict strictly strike strikes striking stringent strong stronger
        strongest strongly struck structural structure structured structures struggle struggled
        struggles struggling stuck student students studied study studying style subject
        subjected subjects submarine submarines submission submit submitted submitting
        subordinate subsequent subsequently subsidiaries subsidiary subsidies subsidized subsidy
        subsistence substance substantial substantially substantive subtle suburb subway succeed
        succeeded success successes successful successfully succession successor successors such
        sudden suffer suffered suffering suffers sufficient sufficiently sugar sugarcane suggest
        suggested suggesting suggestion suggestions suggests suicide suit suitable suits sum
        summarized summed summer summits summoned superior supervision supplement supplemental
        supplied supplier suppliers supplies supply supplying support supported supporter
        supporters supporting supportive supports supposed supposedly sure surface surfaced
        surge surgery surplus surprise surprised surprises surprising surprisingly surrender
        surrounded surrounding surveillance survey surveys survival survive survived survivors
        suspect suspected suspects suspend suspended suspension suspicion suspicions suspicious
        sustain sustainability sustainable sustained swap sway swift swiftly swing switch sworn
        symbol symbolic sympathetic sympathy system systematic systematically systems table
        tablets tacit tack tackle tackling tactic tactical tactics tahdiya tail tainted take
        taken takeover takes taking talk talked talking talks tandem tangible tank tanker tanks
        tap tape tapped target targeted targeting targets tariff tariffs tasked tasks tax
        taxation taxes taxis tea teach teacher teachers teaching team teams technical
        technically techniques technocrat technological technologies technology telcon
        telecommunications telephone televised television tell telling tells temporarily
        temporary ten tend tended tendencies tendency tender tenders tends tens tense tension
        tensions tentative tentatively tents tenure tepid term termed terminal terminated
        termination terms terrain terrible territorial territories territory terror terrorism
        terrorism-related terrorist terrorists test tested testified testify testimony testing
        tests text textile textiles th than thank thanked thanking thanks that the theater theft
        thefts their them thematic theme themes themselves then theories theory there thereafter
        thereby therefore thermal these they thin thing things think thinking thinks third
        thirty this thorough thoroughly those though thought thoughts thousand thousands threat
        threaten threatened threatening threatens threats three three-day year threshold threw
        through throughout throw thrown thus ticket tie tied ties tight tightly timber time
        timeframe timeline timely times timetable timing tired titled titles to today together
        told tolerance tolerant tolerate tolerated toll tomorrow ton tone tons too took tool
        tools top topic topics torture tortured total totaled totaling totally touch touched
        tough tougher tour tourism tourist tourists touted toward towards town towns toxic track
        tracked tracking tracks traction tractor trade traded traders trading tradition
        traditional traditionally traffic trafficked trafficker traffickers trafficking
        trafficking-related tragedy trail train trained trainers training trains trajectory
        tranche transaction transactions transatlantic transfer transferred transferring
        transfers transform transformation transit transited transiting transition transits
        translate translation transmission transnational transparency transparent transport
        transportation transported transporting transshipment travel traveled travelers
        traveling travels treat treated treaties treating treatment treats tremendous trend
        trends trial tribal tribals tribe tribes tried tries trigger triggered trilateral
        trillion trip triple trips troop troops trouble troubled troublesome troubling truck
        trucks true truly trust trusted truth try trying tumor tunnel tunnels turmoil turn
        turned turnout turns twelve twenty twice two two-day two-thirds two-year type types
        typical typically ultimate ultimately umbrella unable unacceptable unanimous unanimously
        unauthorized unavailable unaware uncertain uncertainty unchanged unclassified unclear
        uncomfortable unconfirmed unconstitutional uncoordinated uncover uncovered undecided
        under undercut underestimated undergo undergoing underground underlined underlying
        undermine undermined undermines undermining underscore underscored underscores
        underscoring understand understandable understanding understands understood undertake
        undertaken undertaking undertook underway undocumented undoubtedly unemployed
        unemployment uneven unexpected unexpectedly unfair unfortunate unhappy unhelpful
        unification unified uniform uniformed uniformly uniforms unify unilateral unilaterally
        unions unique unite units unity universal universities unknown unlawful unless unlike
        unlikely unnamed unnecessary unofficial unpopular unprecedented unpredictable
        unrealistic unrelated unreliable unresolved unrest unsettled unskilled unspecified
        unstable unsuccessful unsuccessfully unsure until unusual unusually unveiled unwilling
        unwillingness up upbeat upcoming update updated updates upgrade upgraded upgrades
        upgrading uphold upon upset upstream uranium urban urge urged urgency urgent urgently
        urges urging us usage use used useful user users uses using usual usually utilities
        utility utilize utilizing vacation vacuum vague valid validity valuable valuables value
        valued values vandalism vanes varied variety various vary varying vast vehicle vehicles
        vein venture ventures venue verbal verdict verge verification verified verify version
        versions versus very vessel vessels vests veteran veto vetted vetting via viability
        viable vicinity victim victims victories victory video videos view viewed views
        vigilance vigilant vigorous vigorously village villages violate violated violating
        violation violations violators violence violent virtual virtually virtue vis vis-a-vis
        visa visas visibility visible visibly vision visit visited visiting visitor visitors
        visits vital vocal vocational voice voiced voices void volatile volume volumes
        voluntarily voluntary volunteers vote voted voter voters votes voting vs vulnerabilities
        vulnerability vulnerable wage wages wait waited waiting waiver wake walk walking waning
        want wanted wanting wants war warden warehouse warhead warlord warm warming warmly warn
        warned warning warnings warrant warranted warrants wary was washed waste wastewater
        watched watching water waters wave way ways we weak weaken weakened weakening weaker
        weakness weaknesses wealth wealthy weapon weapons wear wearing weather websites week
        weekend weekly weeks weigh weight welcome welcomed welcomes welcoming well well-
        connected well-known well-placed well-received wells went were whales whaling what
        whatever wheat when whenever where whereabouts whereas whereby whether which while who
        whoever whole wholesale wholly whom whose why wide wide-ranging widely wider widespread
        wife will willing willingness win win-win wind window wine wing wings winner winners
        winning wins winter wire wisdom wise wish wished wishes with withdraw withdrawal
        withdrawing withdrawn withdrew withholding within without witness witnessed witnesses
        woes woman women won wonder wondered word words work worked worker workers workforce
        working working-level works workshop workshops world worldwide worried worries worrisome
        worry worse worsen worsened worsening worship worst worth would would-be wounded write
        writing written wrong wrongdoing wrote year year-old years yellow yesterday yet yield
        yielded you young younger your youth youths zero zone
        """
    )
)

"""Word lists for the rule-based entity extractor (``cables.entities.extract``).

The long lists are text files under ``cables/data/entities/``, read once at import;
the tables of countries and their other names stay here.
Plain data: every name is written the way it is displayed; the extractor matches them
case-insensitively on word boundaries (acronyms case-sensitively in mixed-case text). A
variant maps to its canonical name so that "Russian Federation" and "Russia" are one
place.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "entities"


def _data(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


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
CITIES = _table(_data("cities.txt"))

# Organizations: "Display Name|variant|variant". All-capital variants of up to eight
# characters are acronyms: in mixed-case text they match only in capitals.
ORGANIZATIONS = _table(_data("organizations.txt"))

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
PORTFOLIO_WORDS = frozenset(_words(_data("portfolio_words.txt")))

# Words that may stand before "Party" in an all-capitals text.
PARTY_WORDS = frozenset(_words(_data("party_words.txt")))

# Titles that introduce a person's name, longest first when they share a start.
TITLES = tuple(
    line.strip() for line in _data("titles.txt").replace("\n", "|").split("|") if line.strip()
)

# Name particles written in lower case inside a name ("Lula da Silva").
NAME_PARTICLES = frozenset(
    _words("al el bin bint ibn abu abd da de del della der di dos du la le van von ter ben")
)

# Abbreviated titles, after which a period does not end the sentence ("Gen. Gowon").
SHORT_TITLES = frozenset(_words("MR MS MRS DR GEN LT COL ADM AMB SEN REP GOV PROF MAJ BRIG"))

# Office words and abbreviations that stand before a name in "Classified By" lines.
OFFICE_WORDS = frozenset(_words(_data("office_words.txt")))

# Words after a place name that make it part of another name ("Kyoto Protocol",
# "Rome Statute", "Kuwait Finance House"): the place is then not counted.
NOT_A_PLACE_AFTER = frozenset(_words(_data("not_a_place_after.txt")))

# Given names that, followed by a capitalised non-word, start a full name even
# without a title. Names that are also common words (Will, May, Grant) are left out.
FIRST_NAMES = frozenset(_words(_data("first_names.txt")))

# Words that are never part of a person's name, whatever their case.
STOP_WORDS = frozenset(_words(_data("stop_words.txt")))

# Words seen mostly in lower case in running English text of diplomatic reporting
# (counted on mixed-case paragraphs: lower-case uses at least twice the capitalised
# ones inside a sentence). In an all-capitals text a name stops at such a word.
COMMON_WORDS = frozenset(_words(_data("common_words.txt")))

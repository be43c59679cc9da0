"""Sending posts: the release's origin names and the post codes of cable ids.

A cable id is ``<yy><POST><serial>``, where POST is the post's name with its
spaces removed (``07RIODEJANEIRO123``). The release names the sender after
that post (``Consulate Rio De Janeiro``). ``POST_ORIGINS`` maps the post code
to the release's origin name; the ingest code reuses it.
"""

import re

_EMBASSIES = """
Abidjan, Abu Dhabi, Abuja, Accra, Addis Ababa, Algiers, Almaty, Amman, Ankara,
Antananarivo, Apia, Ashgabat, Asmara, Astana, Asuncion, Athens, Baghdad, Baku, Bamako,
Bandar Seri Begawan, Bangkok, Bangui, Banjul, Beijing, Beirut, Belgrade, Belmopan, Berlin,
Bern, Bishkek, Bissau, Bogota, Bonn, Brasilia, Bratislava, Brazzaville, Bridgetown, Brussels,
Bucharest, Budapest, Buenos Aires, Bujumbura, Cairo, Canberra, Caracas, Chisinau, Colombo,
Conakry, Copenhagen, Cotonou, Dakar, Damascus, Dar Es Salaam, Dhaka, Dili, Djibouti, Doha,
Dublin, Dushanbe, Freetown, Gaborone, Georgetown, Guatemala, Hanoi, Harare, Helsinki,
Islamabad, Jakarta, Kabul, Kampala, Kathmandu, Khartoum, Kiev, Kigali, Kingston, Kinshasa,
Kolonia, Koror, Kuala Lumpur, Kuwait, Kyiv, La Paz, Libreville, Lilongwe, Lima, Lisbon,
Ljubljana, Lome, London, Luanda, Lusaka, Luxembourg, Madrid, Majuro, Malabo, Managua, Manama,
Manila, Maputo, Maseru, Mbabane, Mexico, Minsk, Mogadishu, Monrovia, Montevideo, Moscow,
Muscat, Nairobi, Nassau, Ndjamena, New Delhi, Niamey, Nicosia, Nouakchott, Oslo, Ottawa,
Ouagadougou, Panama, Paramaribo, Paris, Phnom Penh, Podgorica, Port Au Prince, Port Louis,
Port Moresby, Port Of Spain, Prague, Praia, Pretoria, Pristina, Quito, Rabat, Rangoon,
Reykjavik, Riga, Riyadh, Rome, Sanaa, San Jose, San Salvador, Santiago, Santo Domingo,
Sarajevo, Seoul, Singapore, Skopje, Sofia, Stockholm, Suva, Tallinn, Tashkent, Tbilisi,
Tegucigalpa, Tehran, Tel Aviv, The Hague, Tirana, Tokyo, Tripoli, Tunis, Ulaanbaatar,
Valletta, Vatican, Victoria, Vienna, Vientiane, Vilnius, Warsaw, Wellington, Windhoek,
Yaounde, Yerevan, Zagreb, Saigon
"""

_CONSULATES = """
Adana, Amsterdam, Auckland, Barcelona, Belfast, Calgary, Casablanca, Chengdu, Chennai,
Chiang Mai, Ciudad Juarez, Dhahran, Dubai, Durban, Dusseldorf, Florence, Frankfurt,
Guadalajara, Guangzhou, Halifax, Hamburg, Hamilton, Hermosillo, Ho Chi Minh City, Hong Kong,
Hyderabad, Istanbul, Jeddah, Jerusalem, Johannesburg, Karachi, Kolkata, Krakow, Lagos, Lahore,
Leipzig, Lyon, Marseille, Matamoros, Melbourne, Merida, Milan, Monterrey, Montreal, Mumbai,
Munich, Naha, Naples, Nogales, Nuevo Laredo, Osaka Kobe, Perth, Peshawar, Ponta Delgada,
Quebec, Recife, Rio De Janeiro, Sao Paulo, Sapporo, Shanghai, Shenyang, St Petersburg,
Strasbourg, Surabaya, Sydney, Thessaloniki, Tijuana, Toronto, Vancouver, Vladivostok,
Yekaterinburg, Cape Town, Edinburgh, Curacao, Winnipeg, Fukuoka, Nagoya, Kaduna, Leningrad,
Zurich, Genoa, Palermo, Bilbao, Seville, Stuttgart, Bremen, Antwerp, Rotterdam, Salzburg
"""

# Posts whose release name is not "Embassy X" / "Consulate X".
_SPECIAL = {
    "STATE": "Secretary of State",
    "SECSTATE": "Secretary of State",
    "USUNNEWYORK": "USUN New York",
    "USNATO": "Mission USNATO",
    "USOSCE": "Mission USOSCE",
    "UNESCO": "Mission UNESCO",
    "USEUBRUSSELS": "USEU Brussels",
    "GENEVA": "US Mission Geneva",
    "CDGENEVA": "Mission CD Geneva",
    "UNVIEVIENNA": "UNVIE",
    "UNROME": "Mission UN Rome",
    "USUNROME": "Mission UN Rome",
    "AITTAIPEI": "American Institute Taiwan, Taipei",
    "TAIPEI": "American Institute Taiwan, Taipei",
    "RPODUBAI": "Iran RPO Dubai",
    "HAVANA": "US Interests Section Havana",
    "EFTOLONDON": "Embassy London",
    "CALCUTTA": "Consulate Kolkata",
    "MADRAS": "Consulate Chennai",
    "BOMBAY": "Consulate Mumbai",
    "USOFFICEPRISTINA": "US Office Pristina",
    "REOBASRAH": "REO Basrah",
    "REOHILLAH": "REO Hillah",
    "REOKIRKUK": "REO Kirkuk",
    "REOMOSUL": "REO Mosul",
    "BASRAH": "REO Basrah",
    "HILLAH": "REO Hillah",
    "KIRKUK": "REO Kirkuk",
    "MOSUL": "REO Mosul",
    "USDELFESTTWO": "US Delegation FEST TWO",
    "SECDELEGATION": "US Delegation, Secretary",
}


_NOT_LETTERS = re.compile(r"[^A-Z]+")


def _code(name: str) -> str:
    return _NOT_LETTERS.sub("", name.upper())


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for kind, names in (("Embassy", _EMBASSIES), ("Consulate", _CONSULATES)):
        for name in names.replace("\n", " ").split(","):
            name = " ".join(name.split())
            if name:
                table[_code(name)] = f"{kind} {name}"
    table.update(_SPECIAL)
    return table


#: Post code as written in cable ids (``RIODEJANEIRO``) -> the release's origin name.
POST_ORIGINS: dict[str, str] = _table()

#: Post code -> the post's name with its spaces (``RIO DE JANEIRO``), for finding posts in text.
POST_NAMES: dict[str, str] = {
    code: origin.split(" ", 1)[1].upper()
    for code, origin in POST_ORIGINS.items()
    if origin.startswith(("Embassy ", "Consulate "))
}
POST_NAMES.update(
    {
        "STATE": "STATE",
        "SECSTATE": "SECSTATE",
        "USUNNEWYORK": "USUN NEW YORK",
        "USNATO": "USNATO",
        "USOSCE": "USOSCE",
        "USEUBRUSSELS": "USEU BRUSSELS",
        "GENEVA": "GENEVA",
        "UNVIEVIENNA": "UNVIE VIENNA",
        "AITTAIPEI": "AIT TAIPEI",
        "TAIPEI": "TAIPEI",
        "RPODUBAI": "RPO DUBAI",
        "HAVANA": "HAVANA",
        "UNROME": "UN ROME",
        "USUNROME": "USUN ROME",
        "CDGENEVA": "CD GENEVA",
        "CALCUTTA": "CALCUTTA",
        "MADRAS": "MADRAS",
        "BOMBAY": "BOMBAY",
        "EFTOLONDON": "EFTO LONDON",
    }
)

# Canonical post codes for names written differently in text.
_CODE_ALIASES = {
    "SECSTATE": "STATE",
    "DEPTEL": "STATE",  # "REF: DEPTEL 1234", a telegram of the Department
    "USUN": "USUNNEWYORK",
    "USEU": "USEUBRUSSELS",
    "UNVIE": "UNVIEVIENNA",
    "AIT": "AITTAIPEI",
}

# FM-line prefixes -> the release's kind of post.
_FM_KINDS = (
    ("AMEMBASSY", "Embassy"),
    ("AMEMB", "Embassy"),
    ("AMCONSUL", "Consulate"),
    ("AMCONGEN", "Consulate"),
    ("USLO", "Embassy"),
    ("USINT", "US Interests Section"),
    ("AIT", "American Institute Taiwan,"),
)


def canonical_post(post: str) -> str:
    """``RIO DE JANEIRO`` -> ``RIODEJANEIRO``; ``SECSTATE`` -> ``STATE``."""
    code = _code(post)
    return _CODE_ALIASES.get(code, code)


def origin_for_post(post_code: str) -> str | None:
    """The release's origin name for a post code (``MOSCOW`` -> ``Embassy Moscow``)."""
    return POST_ORIGINS.get(canonical_post(post_code or ""))


def origin_from_sender(sender: str) -> str | None:
    """The origin name for the sender of a FM line (``AMEMBASSY MOSCOW``), or None."""
    words = re.sub(r"^[A-Z0-9]+/", "", sender.strip().upper()).split()
    if not words:
        return None
    if words[0] in ("SECSTATE", "STATE", "DEPT", "DEPARTMENT"):
        return "Secretary of State"
    kind = None
    for prefix, name in _FM_KINDS:
        if words[0] == prefix:
            kind, words = name, words[1:]
            break
    if words[0] == "USEU":
        return "USEU Brussels"
    if words[0] == "USDEL" and len(words) > 1:
        known = POST_ORIGINS.get(_code(" ".join(words)))
        return known or "US Delegation " + " ".join(words[1:]).title()
    if words and words[0] in ("USMISSION", "USMISSIONUSUN"):
        words = words[1:]
        kind = "US Mission"
    # Drop trailing precedence words, serial numbers and country codes.
    while words and (words[-1].isdigit() or words[-1] in _TRAILING):
        words = words[:-1]
    for end in range(len(words), 0, -1):
        origin = POST_ORIGINS.get(_code(" ".join(words[:end])))
        if origin:
            return origin
    if not words:
        return None
    name = " ".join(words).title()
    if kind == "US Mission" and words[0].startswith(("US", "UN")):
        return f"Mission {' '.join(words)}"
    return f"{kind or 'Embassy'} {name}"


_TRAILING = {"PRIORITY", "IMMEDIATE", "ROUTINE", "FLASH", "NIACT", "WASHDC", "LY", "RS", "GE"}

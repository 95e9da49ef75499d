//! Countries with their demonyms and capitals, and the world regions an article may discuss.
//!
//! A capital stands for its state in news writing ("Tokyo said"), and a demonym names the
//! state behind an institution ("the Estonian prime minister"), so all three map to one name.

/// One state: its usual English name, its demonym, its capital ("" when none is listed).
struct Country {
    /// Usual English name.
    name: &'static str,
    /// Adjective and people (`Japanese`).
    demonym: &'static str,
    /// Capital city, or "".
    capital: &'static str,
}

/// A [`Country`], briefly.
const fn c(name: &'static str, demonym: &'static str, capital: &'static str) -> Country {
    Country {
        name,
        demonym,
        capital,
    }
}

/// The states of the world, as news articles usually name them.
const COUNTRIES: &[Country] = &[
    c("Afghanistan", "Afghan", "Kabul"),
    c("Albania", "Albanian", "Tirana"),
    c("Algeria", "Algerian", "Algiers"),
    c("Andorra", "Andorran", ""),
    c("Angola", "Angolan", "Luanda"),
    c("Antigua and Barbuda", "Antiguan", ""),
    c("Argentina", "Argentine", "Buenos Aires"),
    c("Armenia", "Armenian", "Yerevan"),
    c("Australia", "Australian", "Canberra"),
    c("Austria", "Austrian", "Vienna"),
    c("Azerbaijan", "Azerbaijani", "Baku"),
    c("Bahamas", "Bahamian", "Nassau"),
    c("Bahrain", "Bahraini", "Manama"),
    c("Bangladesh", "Bangladeshi", "Dhaka"),
    c("Barbados", "Barbadian", ""),
    c("Belarus", "Belarusian", "Minsk"),
    c("Belgium", "Belgian", ""),
    c("Belize", "Belizean", ""),
    c("Benin", "Beninese", ""),
    c("Bhutan", "Bhutanese", "Thimphu"),
    c("Bolivia", "Bolivian", "La Paz"),
    c("Bosnia and Herzegovina", "Bosnian", "Sarajevo"),
    c("Botswana", "Botswanan", "Gaborone"),
    c("Brazil", "Brazilian", "Brasilia"),
    c("Brunei", "Bruneian", ""),
    c("Bulgaria", "Bulgarian", "Sofia"),
    c("Burkina Faso", "Burkinabe", "Ouagadougou"),
    c("Burundi", "Burundian", ""),
    c("Cambodia", "Cambodian", "Phnom Penh"),
    c("Cameroon", "Cameroonian", "Yaounde"),
    c("Canada", "Canadian", "Ottawa"),
    c("Cape Verde", "Cape Verdean", ""),
    c("Central African Republic", "Central African", "Bangui"),
    c("Chad", "Chadian", "N'Djamena"),
    c("Chile", "Chilean", "Santiago"),
    c("China", "Chinese", "Beijing"),
    c("Colombia", "Colombian", "Bogota"),
    c("Comoros", "Comorian", ""),
    c("Congo", "Congolese", "Kinshasa"),
    c("Costa Rica", "Costa Rican", "San Jose"),
    c("Croatia", "Croatian", "Zagreb"),
    c("Cuba", "Cuban", "Havana"),
    c("Cyprus", "Cypriot", "Nicosia"),
    c("Czech Republic", "Czech", "Prague"),
    c("Denmark", "Danish", "Copenhagen"),
    c("Djibouti", "Djiboutian", ""),
    c("Dominica", "Dominican", ""),
    c("Dominican Republic", "Dominican", "Santo Domingo"),
    c("East Timor", "Timorese", "Dili"),
    c("Ecuador", "Ecuadorian", "Quito"),
    c("Egypt", "Egyptian", "Cairo"),
    c("El Salvador", "Salvadoran", "San Salvador"),
    c("Equatorial Guinea", "Equatoguinean", "Malabo"),
    c("Eritrea", "Eritrean", "Asmara"),
    c("Estonia", "Estonian", "Tallinn"),
    c("Eswatini", "Swazi", "Mbabane"),
    c("Ethiopia", "Ethiopian", "Addis Ababa"),
    c("Fiji", "Fijian", "Suva"),
    c("Finland", "Finnish", "Helsinki"),
    c("France", "French", "Paris"),
    c("Gabon", "Gabonese", "Libreville"),
    c("Gambia", "Gambian", "Banjul"),
    c("Georgia", "Georgian", "Tbilisi"),
    c("Germany", "German", "Berlin"),
    c("Ghana", "Ghanaian", "Accra"),
    c("Greece", "Greek", "Athens"),
    c("Grenada", "Grenadian", ""),
    c("Guatemala", "Guatemalan", "Guatemala City"),
    c("Guinea", "Guinean", "Conakry"),
    c("Guinea-Bissau", "Bissau-Guinean", "Bissau"),
    c("Guyana", "Guyanese", "Georgetown"),
    c("Haiti", "Haitian", "Port-au-Prince"),
    c("Honduras", "Honduran", "Tegucigalpa"),
    c("Hungary", "Hungarian", "Budapest"),
    c("Iceland", "Icelandic", "Reykjavik"),
    c("India", "Indian", "New Delhi"),
    c("Indonesia", "Indonesian", "Jakarta"),
    c("Iran", "Iranian", "Tehran"),
    c("Iraq", "Iraqi", "Baghdad"),
    c("Ireland", "Irish", "Dublin"),
    c("Israel", "Israeli", ""),
    c("Italy", "Italian", "Rome"),
    c("Ivory Coast", "Ivorian", "Abidjan"),
    c("Jamaica", "Jamaican", "Kingston"),
    c("Japan", "Japanese", "Tokyo"),
    c("Jordan", "Jordanian", "Amman"),
    c("Kazakhstan", "Kazakh", "Astana"),
    c("Kenya", "Kenyan", "Nairobi"),
    c("Kiribati", "I-Kiribati", ""),
    c("Kosovo", "Kosovar", "Pristina"),
    c("Kuwait", "Kuwaiti", "Kuwait City"),
    c("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    c("Laos", "Laotian", "Vientiane"),
    c("Latvia", "Latvian", "Riga"),
    c("Lebanon", "Lebanese", "Beirut"),
    c("Lesotho", "Basotho", "Maseru"),
    c("Liberia", "Liberian", "Monrovia"),
    c("Libya", "Libyan", "Tripoli"),
    c("Liechtenstein", "Liechtensteiner", "Vaduz"),
    c("Lithuania", "Lithuanian", "Vilnius"),
    c("Luxembourg", "Luxembourgish", ""),
    c("Madagascar", "Malagasy", "Antananarivo"),
    c("Malawi", "Malawian", "Lilongwe"),
    c("Malaysia", "Malaysian", "Kuala Lumpur"),
    c("Maldives", "Maldivian", ""),
    c("Mali", "Malian", "Bamako"),
    c("Malta", "Maltese", "Valletta"),
    c("Marshall Islands", "Marshallese", "Majuro"),
    c("Mauritania", "Mauritanian", "Nouakchott"),
    c("Mauritius", "Mauritian", "Port Louis"),
    c("Mexico", "Mexican", "Mexico City"),
    c("Micronesia", "Micronesian", ""),
    c("Moldova", "Moldovan", "Chisinau"),
    c("Monaco", "Monegasque", ""),
    c("Mongolia", "Mongolian", "Ulaanbaatar"),
    c("Montenegro", "Montenegrin", "Podgorica"),
    c("Morocco", "Moroccan", "Rabat"),
    c("Mozambique", "Mozambican", "Maputo"),
    c("Myanmar", "Myanmar", "Naypyidaw"),
    c("Namibia", "Namibian", "Windhoek"),
    c("Nauru", "Nauruan", ""),
    c("Nepal", "Nepalese", "Kathmandu"),
    c("Netherlands", "Dutch", "The Hague"),
    c("New Zealand", "New Zealand", "Wellington"),
    c("Nicaragua", "Nicaraguan", "Managua"),
    c("Niger", "Nigerien", "Niamey"),
    c("Nigeria", "Nigerian", "Abuja"),
    c("North Korea", "North Korean", "Pyongyang"),
    c("North Macedonia", "Macedonian", "Skopje"),
    c("Norway", "Norwegian", "Oslo"),
    c("Oman", "Omani", "Muscat"),
    c("Pakistan", "Pakistani", "Islamabad"),
    c("Palau", "Palauan", ""),
    c("Palestine", "Palestinian", "Ramallah"),
    c("Panama", "Panamanian", "Panama City"),
    c("Papua New Guinea", "Papua New Guinean", "Port Moresby"),
    c("Paraguay", "Paraguayan", "Asuncion"),
    c("Peru", "Peruvian", "Lima"),
    c("Philippines", "Philippine", "Manila"),
    c("Poland", "Polish", "Warsaw"),
    c("Portugal", "Portuguese", "Lisbon"),
    c("Qatar", "Qatari", "Doha"),
    c("Romania", "Romanian", "Bucharest"),
    c("Russia", "Russian", "Moscow"),
    c("Rwanda", "Rwandan", "Kigali"),
    c("Saint Lucia", "Saint Lucian", ""),
    c("Samoa", "Samoan", "Apia"),
    c("San Marino", "Sammarinese", ""),
    c("Saudi Arabia", "Saudi", "Riyadh"),
    c("Senegal", "Senegalese", "Dakar"),
    c("Serbia", "Serbian", "Belgrade"),
    c("Seychelles", "Seychellois", ""),
    c("Sierra Leone", "Sierra Leonean", "Freetown"),
    c("Singapore", "Singaporean", ""),
    c("Slovakia", "Slovak", "Bratislava"),
    c("Slovenia", "Slovenian", "Ljubljana"),
    c("Solomon Islands", "Solomon Islander", "Honiara"),
    c("Somalia", "Somali", "Mogadishu"),
    c("South Africa", "South African", "Pretoria"),
    c("South Korea", "South Korean", "Seoul"),
    c("South Sudan", "South Sudanese", "Juba"),
    c("Spain", "Spanish", "Madrid"),
    c("Sri Lanka", "Sri Lankan", "Colombo"),
    c("Sudan", "Sudanese", "Khartoum"),
    c("Suriname", "Surinamese", "Paramaribo"),
    c("Sweden", "Swedish", "Stockholm"),
    c("Switzerland", "Swiss", "Bern"),
    c("Syria", "Syrian", "Damascus"),
    c("Taiwan", "Taiwanese", "Taipei"),
    c("Tajikistan", "Tajik", "Dushanbe"),
    c("Tanzania", "Tanzanian", "Dodoma"),
    c("Thailand", "Thai", "Bangkok"),
    c("Togo", "Togolese", "Lome"),
    c("Tonga", "Tongan", ""),
    c("Trinidad and Tobago", "Trinidadian", "Port of Spain"),
    c("Tunisia", "Tunisian", "Tunis"),
    c("Turkey", "Turkish", "Ankara"),
    c("Turkmenistan", "Turkmen", "Ashgabat"),
    c("Tuvalu", "Tuvaluan", ""),
    c("Uganda", "Ugandan", "Kampala"),
    c("Ukraine", "Ukrainian", "Kyiv"),
    c("United Arab Emirates", "Emirati", "Abu Dhabi"),
    c("United Kingdom", "British", "London"),
    c("United States", "American", "Washington"),
    c("Uruguay", "Uruguayan", "Montevideo"),
    c("Uzbekistan", "Uzbek", "Tashkent"),
    c("Vanuatu", "Vanuatuan", ""),
    c("Vatican", "Vatican", ""),
    c("Venezuela", "Venezuelan", "Caracas"),
    c("Vietnam", "Vietnamese", "Hanoi"),
    c("Yemen", "Yemeni", "Sanaa"),
    c("Zambia", "Zambian", "Lusaka"),
    c("Zimbabwe", "Zimbabwean", "Harare"),
];

/// Other names of states, each with the name it stands for.
const ALIASES: &[(&str, &str)] = &[
    ("U.S.", "United States"),
    ("US", "United States"),
    ("USA", "United States"),
    ("America", "United States"),
    ("U.K.", "United Kingdom"),
    ("UK", "United Kingdom"),
    ("Britain", "United Kingdom"),
    ("Great Britain", "United Kingdom"),
    ("DPRK", "North Korea"),
    ("Burma", "Myanmar"),
    ("Czechia", "Czech Republic"),
    ("Holland", "Netherlands"),
    ("UAE", "United Arab Emirates"),
    ("Soviet Union", "Russia"),
];

/// The state `name` names: a country, an alias, or a capital. Case-sensitive, as written.
pub fn state(name: &str) -> Option<&'static str> {
    let name = name.strip_prefix("the ").unwrap_or(name);
    COUNTRIES
        .iter()
        .find(|c| c.name == name || (!c.capital.is_empty() && c.capital == name))
        .map(|c| c.name)
        .or_else(|| ALIASES.iter().find(|(a, _)| *a == name).map(|(_, n)| *n))
}

/// True when `name` is a state's own name or alias (not a capital).
pub fn is_state_name(name: &str) -> bool {
    let name = name.strip_prefix("the ").unwrap_or(name);
    COUNTRIES.iter().any(|c| c.name == name) || ALIASES.iter().any(|(a, _)| *a == name)
}

/// Demonyms beyond the one listed with each state.
const DEMONYMS: &[(&str, &str)] = &[
    ("Filipino", "Philippines"),
    ("Korean", "South Korea"),
    ("Soviet", "Russia"),
];

/// The state a demonym (or an adjectival alias like `U.S.`) belongs to (`Estonian` -> Estonia).
pub fn state_of_demonym(word: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .find(|c| c.demonym == word)
        .map(|c| c.name)
        .or_else(|| {
            DEMONYMS
                .iter()
                .chain(ALIASES)
                .find(|(a, _)| *a == word)
                .map(|(_, n)| *n)
        })
}

/// The demonym of a state (`Mali` -> Malian).
pub fn demonym_of(state: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .find(|c| c.name == state)
        .map(|c| c.demonym)
}

/// The states of the United States, places that never speak for themselves in the news
/// (not Georgia, also a country, nor Washington, which often means the government).
#[rustfmt::skip]
const US_STATES: &[&str] = &[
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
];

/// True for the name of a place inside a country that a quotation is never attributed to
/// (`New Hampshire`, `Alabama`): a speaker named so is a misreading.
pub fn is_subnational_place(name: &str) -> bool {
    US_STATES.contains(&name)
}

/// True when `word` is one word of a region's name (`Asia`, `Baltic`).
pub fn is_region_word(word: &str) -> bool {
    REGIONS
        .iter()
        .flat_map(|(_, words)| words.iter())
        .any(|name| name.split(' ').any(|w| w == word))
}

/// Regions an implication can be about, most specific first; each with the words that name it.
pub const REGIONS: &[(&str, &[&str])] = &[
    ("Northeast Asia", &["Northeast Asia", "North-East Asia"]),
    ("Southeast Asia", &["Southeast Asia", "South-East Asia"]),
    ("South Asia", &["South Asia"]),
    ("Central Asia", &["Central Asia"]),
    ("East Asia", &["East Asia", "East Asian"]),
    ("Indo-Pacific", &["Indo-Pacific", "Asia-Pacific"]),
    ("South China Sea", &["South China Sea"]),
    ("Eastern Europe", &["Eastern Europe", "Eastern European"]),
    ("Baltic", &["Baltic", "Nordic"]),
    ("Balkans", &["Balkans", "Balkan"]),
    ("Europe", &["Europe", "European"]),
    (
        "Middle East",
        &["Middle East", "Gulf region", "Persian Gulf"],
    ),
    ("Horn of Africa", &["Horn of Africa", "East Africa"]),
    ("Sahel", &["Sahel", "West Africa"]),
    ("North Africa", &["North Africa"]),
    ("Africa", &["Africa", "African"]),
    (
        "Latin America",
        &[
            "Latin America",
            "South America",
            "Central America",
            "Caribbean",
        ],
    ),
    ("North America", &["North America"]),
    ("Arctic", &["Arctic"]),
    (
        "Global",
        &["global", "worldwide", "international order", "world"],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_aliases_and_demonyms_name_their_state() {
        assert_eq!(state("Tokyo"), Some("Japan"));
        assert_eq!(state("the Philippines"), Some("Philippines"));
        assert_eq!(state("U.S."), Some("United States"));
        assert_eq!(state("Hayashi"), None);
        assert_eq!(state_of_demonym("Estonian"), Some("Estonia"));
        assert_eq!(demonym_of("Mali"), Some("Malian"));
        assert!(is_state_name("North Korea"));
        assert!(!is_state_name("Pyongyang"));
    }

    #[test]
    fn there_are_about_two_hundred_states() {
        assert!(COUNTRIES.len() >= 190, "{}", COUNTRIES.len());
    }
}

//! The shapes of personal names: common given names (and the gender they show), particles,
//! family names written first, suffixes and letters after a name, abbreviations, and the
//! capitalised words that never start a name.

use super::{Gender, has};

/// Common given names of men, in many languages (names given to both sexes are left out).
#[rustfmt::skip]
const MALE_NAMES: &[&str] = &[
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul",
    "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward",
    "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry",
    "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Frank", "Patrick",
    "Raymond", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry",
    "Douglas", "Zachary", "Peter", "Kyle", "Ethan", "Walter", "Noah", "Jeremy", "Keith", "Roger",
    "Gerald", "Harold", "Sean", "Carl", "Arthur", "Lawrence", "Dylan", "Jesse", "Bryan", "Joe",
    "Bruce", "Gabriel", "Albert", "Alan", "Juan", "Wayne", "Randy", "Roy", "Vincent", "Ralph",
    "Eugene", "Russell", "Philip", "Louis", "Boris", "Vladimir", "Sergei", "Sergey", "Dmitry",
    "Ivan", "Igor", "Pavel", "Viktor", "Emmanuel", "Olaf", "Mohammed", "Muhammad", "Mohammad",
    "Ahmed", "Ahmad", "Ali", "Omar", "Hassan", "Hussein", "Ibrahim", "Mahmoud", "Mustafa", "Khalid",
    "Abdullah", "Yusuf", "Recep", "Narendra", "Rahul", "Amit", "Sanjay", "Rajesh", "Shinzo",
    "Fumio", "Hiroshi", "Takeshi", "Kenji", "Carlos", "Luis", "Miguel", "Pedro", "Diego", "Javier",
    "Antonio", "Francisco", "Manuel", "Pablo", "Jorge", "Ricardo", "Fernando", "Alejandro",
    "Pierre", "Jacques", "François", "Hans", "Klaus", "Friedrich", "Jens", "Lars", "Nils", "Stefan",
    "Marco", "Giuseppe", "Giorgio", "Matteo", "Mario", "Yair", "Naftali", "Volodymyr", "Oleksandr",
    "Andriy", "Mikhail", "Alexei", "Nikolai", "Keir", "Rishi", "Barack", "Mike", "Tom", "Tony",
    "Bill", "Bob", "Jim", "Dan", "Ben", "Sam", "Nick", "Ted", "Jeff", "Greg", "Jon", "Ken", "Rick",
    "Ron", "Steve", "Tim", "Phil", "Craig", "Andy", "Joel", "Geoffrey", "Marcelo", "Tomas", "Marek",
    "Piotr", "Jan", "Karel", "Miroslav", "Ahmet", "Mehmet", "Emre", "Reza", "Hamid", "Abdul",
    "Tariq", "Imran", "Nawaz", "Kofi", "Kwame", "Cyril", "Uhuru", "Olusegun", "Abiy", "Yoweri",
];

/// Common given names of women (see [`MALE_NAMES`]).
#[rustfmt::skip]
const FEMALE_NAMES: &[&str] = &[
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
    "Karen", "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna",
    "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie", "Rebecca",
    "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda",
    "Pamela", "Emma", "Nicole", "Helen", "Samantha", "Katherine", "Christine", "Debra", "Rachel",
    "Carolyn", "Janet", "Catherine", "Maria", "Heather", "Diane", "Ruth", "Julie", "Olivia",
    "Joyce", "Virginia", "Victoria", "Kelly", "Lauren", "Christina", "Joan", "Evelyn", "Judith",
    "Megan", "Andrea", "Cheryl", "Hannah", "Jacqueline", "Martha", "Gloria", "Teresa", "Ann",
    "Sara", "Frances", "Kathryn", "Janice", "Abigail", "Alice", "Judy", "Sophia", "Grace", "Denise",
    "Amber", "Doris", "Marilyn", "Danielle", "Beverly", "Isabella", "Theresa", "Diana", "Natalie",
    "Brittany", "Charlotte", "Marie", "Kayla", "Lori", "Ilhan", "Alexandria", "Hillary", "Kamala",
    "Ursula", "Jacinda", "Giorgia", "Olga", "Natalia", "Irina", "Svetlana", "Tatiana", "Elena",
    "Yulia", "Oksana", "Fatima", "Aisha", "Mariam", "Maryam", "Leila", "Layla", "Zainab", "Priya",
    "Sonia", "Indira", "Keiko", "Yoko", "Ana", "Lucia", "Carmen", "Isabel", "Sofia", "Camila",
    "Valentina", "Gabriela", "Claudia", "Beatriz", "Marta", "Paula", "Francesca", "Giulia",
    "Chiara", "Anne", "Sophie", "Claire", "Camille", "Ingrid", "Annika", "Greta", "Astrid", "Nadia",
    "Rosa", "Fiona", "Sonya", "Luz", "Carla", "Kirsten", "Nikki", "Liz", "Kate", "Jane", "Sue",
    "Lena", "Ellen", "Miriam", "Agnieszka", "Katarzyna", "Ayşe", "Fatma", "Zeynep", "Amina",
    "Ngozi", "Sheikha", "Rania", "Noura", "Hoda",
];

/// The gender a common given name shows, if any.
pub fn given_name_gender(name: &str) -> Option<Gender> {
    if has(MALE_NAMES, name) {
        Some(Gender::Male)
    } else if has(FEMALE_NAMES, name) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Lowercase particles inside personal names (`Sanne de Wit`).
#[rustfmt::skip]
const NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "di", "del", "della", "la", "le", "bin", "al", "ibn",
    "dos", "das", "du", "ter", "ten", "y", "el", "dela", "delos", "los", "las", "zu",
];

/// Family names written before the given name (Chinese, Korean, Vietnamese usage:
/// `Li Jifeng`, `Park Min-jun`), so the first word is the one a later mention repeats.
#[rustfmt::skip]
const FAMILY_NAMES_FIRST: &[&str] = &[
    "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
    "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang",
    "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai",
    "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin",
    "Xi", "Qin", "Wen", "Fu", "Fang", "Bai", "Cui", "Mao", "Qiu", "Jia", "Zou", "Shi", "Xiong",
    "Meng", "Hou", "Duan", "Lei", "Qian", "Tan", "Yin", "Hao", "Kong", "Shao", "Lam", "Chan",
    "Wong", "Cheung", "Leung", "Lau", "Ho", "Tsang", "Chow", "Ng", "Cheuk", "Tse", "Yip", "Kwok",
    "Chiu", "Fung", "Chu", "Tsai", "Hsu", "Chang", "Kuo", "Lai", "Kim", "Lee", "Park", "Choi",
    "Jung", "Jeong", "Kang", "Cho", "Yoon", "Jang", "Lim", "Oh", "Seo", "Shin", "Kwon", "Hwang",
    "Ahn", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Son", "Bae", "Baek", "Heo", "Nam", "Noh", "Ha",
    "Kwak", "Sung", "Cha", "Joo", "Ryu", "Chung", "Roh", "Yun", "Nguyen", "Tran", "Le", "Pham",
    "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Ngo", "Duong",
];

/// Suffixes after a personal name that are not the surname (`Jr.`).
const NAME_SUFFIXES: &[&str] = &["Jr.", "Sr.", "II", "III", "IV", "Jr", "Sr"];

/// Letters after a name for an office or an honour (`Jane Smith MP`), which the name drops.
const POSTNOMINALS: &[&str] = &[
    "SC", "KC", "QC", "MP", "MEP", "MLA", "MSP", "MS", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD",
];

/// Abbreviations written with a final period that does not end a sentence.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "Gen", "Col", "Lt", "Sgt", "Capt", "Rep",
    "Sen", "Gov", "Rev", "No", "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "Adm", "Cmdr", "Supt",
    "Insp", "Maj", "Brig", "approx", "Dept", "Univ",
];

/// Capitalised words that start sentences but never start a name.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "When", "While", "Since",
    "After", "Before", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I",
    "You", "Its", "His", "Her", "Their", "Our", "My", "Your", "Some", "Many", "Most", "Asked",
    "Speaking", "According", "Under", "Over", "Despite", "Although", "However", "Furthermore",
    "Moreover", "Meanwhile", "Firstly", "Secondly", "Still", "Yet", "So", "As", "With", "Without",
    "From", "To", "By", "Of", "Both", "Each", "Every", "All", "Such", "Other", "Another",
    "Several", "Two", "Three", "Four", "Five", "Ten", "One", "No", "Not", "Even", "Only", "Also",
    "Then", "There", "Here", "What", "Who", "Why", "How", "Where", "Whether", "Because", "Unless",
    "Until", "During", "Through", "Among", "Between", "Against", "Amid", "Following", "Last",
    "Next", "Earlier", "Later", "Now", "Today", "Yesterday", "Tomorrow", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Geographically", "Nobody",
    "Everyone", "Anyone", "Someone", "Once", "Instead", "Indeed", "Experts", "Analysts",
    "Officials", "Observers", "Critics", "Residents", "Investigators", "Donors", "Scientists",
    "Markets", "Aid", "Human", "Western",
];

/// True for a lowercase particle inside a personal name.
pub fn is_name_particle(word: &str) -> bool {
    has(NAME_PARTICLES, word)
}

/// True for a family name that Chinese, Korean or Vietnamese usage writes first (`Li`, `Park`).
pub fn is_family_name_first(word: &str) -> bool {
    has(FAMILY_NAMES_FIRST, word)
}

/// True for letters after a name that are no part of it (`SC`, `MP`, `OBE`).
pub fn is_postnominal(word: &str) -> bool {
    has(POSTNOMINALS, word)
}

/// True for a suffix after a personal name (`Jr.`).
pub fn is_name_suffix(word: &str) -> bool {
    has(NAME_SUFFIXES, word)
}

/// True for an abbreviation whose period does not end a sentence (given without the period).
pub fn is_abbreviation(word: &str) -> bool {
    has(ABBREVIATIONS, word)
}

/// True for a capitalised word that is no part of a name.
pub fn is_not_name(word: &str) -> bool {
    // `Columbus-based Harlan Logistics`, `German-born physicist`: adjectives of place.
    has(NOT_NAMES, word) || word.ends_with("-based") || word.ends_with("-born")
}

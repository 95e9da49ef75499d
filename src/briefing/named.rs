//! Names of an enum's values as files write them.

/// Names of an enum's values as written in files, for parsing and messages.
pub trait Named: Sized + Copy + 'static {
    /// Every value with its file name.
    const ALL: &'static [(&'static str, Self)];

    /// The file name of this value.
    fn name(self) -> &'static str
    where
        Self: PartialEq,
    {
        Self::ALL
            .iter()
            .find(|(_, v)| *v == self)
            .map_or("?", |(n, _)| n)
    }

    /// The value a file name stands for.
    fn parse(name: &str) -> Option<Self> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }

    /// The value another word for it stands for (never accepted in a file; used to say
    /// which name was meant).
    fn alias(_word: &str) -> Option<Self> {
        None
    }
}

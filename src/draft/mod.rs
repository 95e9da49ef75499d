//! `brief draft`: a format-1 briefing drafted from a plain-text article.

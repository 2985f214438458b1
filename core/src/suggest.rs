//! "Did you mean …?" for misspelled names: one rule for attribute keys, property names, enum
//! members and the generator's `--entity`.

/// The candidate closest to `name`: the same but for letter case, or at most a third of its
/// letters away.
pub fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let length = name.chars().count();
    let limit = (length / 3).max(1);
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        // The distance is at least the difference in length: skipping those keeps a 1 MB
        // name from costing a full comparison against every candidate.
        if length.abs_diff(candidate.chars().count()) > limit {
            continue;
        }
        let distance = if candidate.eq_ignore_ascii_case(name) {
            0
        } else {
            edit_distance(name, candidate)
        };
        if distance <= limit && best.is_none_or(|(best_distance, _)| distance < best_distance) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Levenshtein distance over characters, one row at a time.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = Vec::with_capacity(previous.len());
    for (i, ca) in a.chars().enumerate() {
        current.clear();
        current.push(i + 1);
        for ((cb, diagonal), above) in b.iter().zip(&previous).zip(previous.iter().skip(1)) {
            let left = current.last().copied().unwrap_or(usize::MAX);
            let substitution = diagonal + usize::from(ca != *cb);
            current.push(substitution.min(above + 1).min(left.saturating_add(1)));
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn suggests_case_slips_and_typos_only() {
        let names = ["deviceIMEI", "deviceDisplayName", "action"];
        assert_eq!(closest("deviceImei", names.into_iter()), Some("deviceIMEI"));
        assert_eq!(closest("acton", names.into_iter()), Some("action"));
        assert_eq!(closest("colour", names.into_iter()), None);
    }

    /// A name far longer than every candidate is not compared with any: a 1 MB name
    /// against 1,000 candidates of 1,000 characters would take 10^12 steps of edit
    /// distance; skipped, it takes one pass over the name.
    #[test]
    fn names_far_longer_than_every_candidate_cost_no_comparison() {
        let name = "a".repeat(1 << 20);
        let candidates: Vec<String> = (0..1000).map(|n| format!("{n:a>1000}")).collect();
        let started = std::time::Instant::now();
        assert_eq!(closest(&name, candidates.iter().map(String::as_str)), None);
        let elapsed = started.elapsed();
        assert!(
            elapsed < std::time::Duration::from_secs(2),
            "took {elapsed:?}"
        );
        // A near name among a few of the same candidates is still found.
        let near = format!("{:a>999}", 17);
        assert_eq!(
            closest(
                &near,
                candidates.iter().skip(16).take(3).map(String::as_str)
            ),
            Some(format!("{:a>1000}", 17)).as_deref()
        );
    }
}

//! Lines of Rust laid out as rustfmt lays them out (default settings, 100 columns), so the
//! generated module passes `rustfmt --check` without running rustfmt.

/// rustfmt's default `max_width`.
const WIDTH: usize = 100;

/// rustfmt's `attr_fn_like_width`: the widest argument list of an attribute kept on one line.
const ATTRIBUTE_ARGS_WIDTH: usize = 70;

/// Appends `#[name(arg, arg)]` at `indent`: on one line if it fits, else one argument per
/// line, as rustfmt breaks attribute lists (no trailing comma). rustfmt keeps a line short of
/// 100 columns, and several arguments within 70.
pub fn attribute(out: &mut String, indent: usize, name: &str, args: &[String]) {
    let pad = " ".repeat(indent);
    let joined = args.join(", ");
    let one_line = format!("{pad}#[{name}({joined})]");
    let args_fit = args.len() < 2 || joined.chars().count() <= ATTRIBUTE_ARGS_WIDTH;
    // A single argument of an item's attribute may take the line to column 100 exactly.
    let width = one_line.chars().count() + usize::from(args.len() > 1 || indent > 0);
    if width <= WIDTH && args_fit {
        out.push_str(&one_line);
        out.push('\n');
        return;
    }
    // A single nested list overflows: `#[name(list(` … `))]`.
    if let [single] = args {
        if let Some((head, inner)) = single
            .split_once('(')
            .filter(|(head, _)| !head.contains(['=', '"', ' ']))
            .and_then(|(head, rest)| Some((head, rest.strip_suffix(')')?)))
        {
            out.push_str(&format!("{pad}#[{name}({head}(\n"));
            let items: Vec<&str> = inner.split(", ").collect();
            for (index, item) in items.iter().enumerate() {
                let comma = if index + 1 < items.len() { "," } else { "" };
                out.push_str(&format!("{pad}    {item}{comma}\n"));
            }
            out.push_str(&format!("{pad}))]\n"));
            return;
        }
    }
    out.push_str(&format!("{pad}#[{name}(\n"));
    for (index, arg) in args.iter().enumerate() {
        let comma = if index + 1 < args.len() { "," } else { "" };
        nested(out, indent + 4, arg, comma);
    }
    out.push_str(&format!("{pad})]\n"));
}

/// Appends one argument of a broken attribute list: a nested list (`navigation(a, b)`) is
/// broken one item per line as rustfmt breaks it, when its items take more than 70 columns
/// or the line would reach 100.
fn nested(out: &mut String, indent: usize, arg: &str, comma: &str) {
    let pad = " ".repeat(indent);
    let line = format!("{pad}{arg}{comma}");
    let list = arg
        .split_once('(')
        .filter(|(head, _)| !head.contains(['=', '"', ' ']))
        .and_then(|(head, rest)| Some((head, rest.strip_suffix(')')?)));
    let Some((head, inner)) = list else {
        out.push_str(&line);
        out.push('\n');
        return;
    };
    let items: Vec<&str> = inner.split(", ").collect();
    let fits = items.len() < 2 || inner.chars().count() <= ATTRIBUTE_ARGS_WIDTH;
    if line.chars().count() < WIDTH && fits {
        out.push_str(&line);
        out.push('\n');
        return;
    }
    out.push_str(&format!("{pad}{head}(\n"));
    for (index, item) in items.iter().enumerate() {
        let last = if index + 1 < items.len() { "," } else { "" };
        out.push_str(&format!("{pad}    {item}{last}\n"));
    }
    out.push_str(&format!("{pad}){comma}\n"));
}

/// Appends `pub name: Type,` at `indent`, the type on its own line if the whole is too long.
pub fn field(out: &mut String, indent: usize, name: &str, ty: &str) {
    let pad = " ".repeat(indent);
    let one_line = format!("{pad}pub {name}: {ty},");
    if one_line.chars().count() <= WIDTH {
        out.push_str(&one_line);
        out.push('\n');
    } else {
        out.push_str(&format!("{pad}pub {name}:\n{pad}    {ty},\n"));
    }
}

/// Appends `use path::{A, B};`, its items sorted as rustfmt sorts them and, when the line is
/// too long, filled into lines of at most 100 columns.
pub fn use_list(out: &mut String, path: &str, items: &[&str]) {
    let mut items: Vec<&str> = items.to_vec();
    items.sort_unstable();
    items.dedup();
    let one_line = match items.as_slice() {
        [single] => format!("use {path}::{single};"),
        _ => format!("use {path}::{{{}}};", items.join(", ")),
    };
    // rustfmt breaks a list that would reach column 99.
    if one_line.chars().count() < WIDTH - 1 {
        out.push_str(&one_line);
        out.push('\n');
        return;
    }
    out.push_str(&format!("use {path}::{{\n"));
    let mut line = String::from("   ");
    for item in items {
        // Each item is followed by a comma; a line holds what fits in 100 columns.
        if line.chars().count() + 1 + item.chars().count() + 1 > WIDTH && line.trim() != "" {
            out.push_str(&line);
            out.push('\n');
            line = String::from("   ");
        }
        line.push(' ');
        line.push_str(item);
        line.push(',');
    }
    out.push_str(&line);
    out.push_str("\n};\n");
}

/// Appends Markdown `text` as `///` lines (or `//!` with `inner`) at `indent`, paragraphs
/// split at blank lines, wrapped at 100 columns. Schema text goes through [`escape`] first.
pub fn doc(out: &mut String, indent: usize, text: &str, inner: bool) {
    let prefix = format!(
        "{}{} ",
        " ".repeat(indent),
        if inner { "//!" } else { "///" }
    );
    for (index, paragraph) in text.split("\n\n").enumerate() {
        if index > 0 {
            out.push_str(prefix.trim_end());
            out.push('\n');
        }
        for line in wrap(paragraph, WIDTH.saturating_sub(prefix.chars().count())) {
            out.push_str(&prefix);
            out.push_str(&guard_line_start(&line));
            out.push('\n');
        }
    }
}

/// Schema text as Markdown text: brackets and angle brackets escaped (they would be links
/// and HTML tags), URLs made links (rustdoc warns about bare ones). Text already in
/// backticks is the generator's own and kept.
pub fn escape(text: &str) -> String {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|word| {
            if word.starts_with('`') && word.ends_with('`') && word.len() > 1 {
                return word.to_owned();
            }
            let is_url = word.starts_with("https://") || word.starts_with("http://");
            if is_url {
                let link = word.trim_end_matches(['.', ',', ';', ':', ')', '\'', '"']);
                let rest = word.get(link.len()..).unwrap_or_default();
                if !link.contains(['<', '>', '`']) {
                    return format!("<{link}>{}", escape_chars(rest));
                }
            }
            escape_chars(word)
        })
        .collect();
    words.join(" ")
}

fn escape_chars(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if matches!(c, '[' | ']' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `line` with a first character that Markdown would read as a list, quote, heading or rule
/// escaped.
fn guard_line_start(line: &str) -> String {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        let after = line.get(digits..).unwrap_or_default();
        if after.starts_with(". ") || after.starts_with(") ") || after == "." || after == ")" {
            let head = line.get(..digits).unwrap_or_default();
            return format!("{head}\\{after}");
        }
    }
    match line.chars().next() {
        Some('-' | '+' | '=' | '>') => format!("\\{line}"),
        _ => line.to_owned(),
    }
}

/// Greedy word wrap at `width` characters; a longer word gets a line of its own.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|word| !word.is_empty()) {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_attributes_break_one_argument_per_line() {
        let mut out = String::new();
        attribute(
            &mut out,
            0,
            "graph_entity",
            &["path = \"/a\"".into(), "open".into()],
        );
        assert_eq!(out, "#[graph_entity(path = \"/a\", open)]\n");
        let mut out = String::new();
        let long = format!("rename = \"{}\"", "x".repeat(90));
        attribute(&mut out, 4, "graph", &["required".into(), long.clone()]);
        assert_eq!(
            out,
            format!("    #[graph(\n        required,\n        {long}\n    )]\n")
        );
    }

    #[test]
    fn docs_escape_markdown_and_link_urls() {
        assert_eq!(
            escape("[deprecated] Use <b>x</b>, see https://aka.ms/x. a_b *c*"),
            "\\[deprecated\\] Use \\<b\\>x\\</b\\>, see <https://aka.ms/x>. a_b *c*"
        );
        assert_eq!(guard_line_start("1. first"), "1\\. first");
        assert_eq!(guard_line_start("- item"), "\\- item");
        assert_eq!(guard_line_start("10 items"), "10 items");
    }

    #[test]
    fn docs_wrap_at_the_margin() {
        let mut out = String::new();
        doc(&mut out, 4, &"word ".repeat(40), false);
        assert!(out.lines().all(|line| line.len() <= 100), "{out}");
        assert_eq!(out.lines().count(), 3);
    }

    #[test]
    fn long_use_lists_fill_lines() {
        let mut out = String::new();
        let items = [
            "TimeOfDay",
            "Binary",
            "Date",
            "DateTimeOffset",
            "Duration",
            "Extra",
            "Flags",
            "GraphComplex",
            "GraphEntity",
            "GraphEnum",
            "Guid",
        ];
        use_list(&mut out, "graph_entity", &items);
        assert_eq!(
            out,
            "use graph_entity::{\n    Binary, Date, DateTimeOffset, Duration, Extra, Flags, GraphComplex, GraphEntity, GraphEnum,\n    Guid, TimeOfDay,\n};\n"
        );
    }
}

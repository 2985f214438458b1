//! Lines of Rust laid out as rustfmt lays them out (default settings, 100 columns), so the
//! generated module passes `rustfmt --check` without running rustfmt.
//!
//! Schema text is data: it reaches the module only through this file. Prose (descriptions,
//! deprecation notes) goes through [`escape`], string values through [`literal`], and every
//! doc comment through [`doc`], which never lets a line end the comment, open a code block
//! or carry a character rustc refuses. Notes for standard error go through [`plain`].

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
        // Each item is followed by a comma; rustfmt breaks a line that would reach column 100.
        if line.chars().count() + 1 + item.chars().count() + 1 >= WIDTH && line.trim() != "" {
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
///
/// Whatever `text` holds, every line written starts with the prefix (any line break or other
/// whitespace in a paragraph only separates words), none starts with spaces (an indented
/// code block), a word holding a run of three backticks or tildes (a fence) has them
/// escaped, and characters rustc refuses in comments (controls, bidi overrides) are dropped.
pub fn doc(out: &mut String, indent: usize, text: &str, inner: bool) {
    let prefix = format!(
        "{}{} ",
        " ".repeat(indent),
        if inner { "//!" } else { "///" }
    );
    let text: String = text
        .chars()
        .filter(|&c| c.is_whitespace() || !is_hidden(c))
        .collect();
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

/// Characters that never reach generated code as themselves: controls (a line break ends a
/// comment; rustc refuses a bare carriage return in a doc comment), Unicode's bidirectional
/// controls (rustc refuses them in comments and literals: they make code read other than it
/// runs), and other invisible line and format breaks.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// Schema prose (a description, a deprecation note) as Markdown text that renders as the
/// text and nothing else: Markdown's active characters escaped (backslash, backtick and
/// tilde, so no code span or fence; brackets and angle brackets, so no link or HTML tag),
/// hidden characters ([`is_hidden`]) dropped, whitespace runs made one space, and URLs made
/// links (rustdoc warns about bare ones).
pub fn escape(text: &str) -> String {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|word| {
            let word: String = word.chars().filter(|&c| !is_hidden(c)).collect();
            let is_url = word.starts_with("https://") || word.starts_with("http://");
            if is_url {
                let link = word.trim_end_matches(['.', ',', ';', ':', ')', '\'', '"']);
                let rest = word.get(link.len()..).unwrap_or_default();
                if !link.contains(['<', '>', '`', '\\']) {
                    return format!("<{link}>{}", escape_chars(rest));
                }
            }
            escape_chars(&word)
        })
        .filter(|word| !word.is_empty())
        .collect();
    words.join(" ")
}

/// A schema value (a JSON name, a type name, a path, a note) as a Rust string literal: quotes
/// and backslashes escaped, and every control, bidi or other non-printing character written
/// as `\u{…}`, so the literal holds the text and the source line shows all of it.
pub fn literal(text: &str) -> String {
    format!("{text:?}")
}

/// Schema text for a note on standard error: hidden characters ([`is_hidden`]), which could
/// move a terminal's cursor or reorder what it shows, written as `\u{…}`.
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_hidden(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

fn escape_chars(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if matches!(c, '[' | ']' | '<' | '>' | '`' | '~' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `word` with every backtick and tilde of a run of three or more escaped: such a run at the
/// start of a line opens a code block, and rustdoc would run what follows as a test.
fn defuse_fences(word: &str) -> String {
    if !word.contains("```") && !word.contains("~~~") {
        return word.to_owned();
    }
    let mut out = String::with_capacity(word.len() * 2);
    let mut escaped = false;
    for c in word.chars() {
        if matches!(c, '`' | '~') && !escaped {
            out.push('\\');
        }
        escaped = c == '\\' && !escaped;
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
        Some('-' | '+' | '=' | '>' | '#' | '*' | '|') => format!("\\{line}"),
        _ => line.to_owned(),
    }
}

/// Greedy word wrap at `width` characters; a longer word gets a line of its own. Any
/// whitespace separates words, and no line starts or ends with it.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace().map(defuse_fences) {
        let word = word.as_str();
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

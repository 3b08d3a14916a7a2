//! The `fact-compare` command: `compare` and `extract` over files (one source each),
//! and `batch` over JSON Lines (one cluster per line; see `batch.rs`).

mod batch;

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use fact_compare::{Group, Mention, Options, Report, Source};

const USAGE: &str = "\
usage: fact-compare compare [--json] [--options JSON] FILE...
       fact-compare extract [--json] [--options JSON] FILE...
       fact-compare batch [--extract] [--options JSON] [FILE]

Each FILE is one source; its id is the file stem (\"-\" reads standard input, id \"stdin\").
--json     print the Report as JSON (DESIGN.md, version 1) instead of a table
--options  a JSON object of Options, e.g. '{\"approx_low\":0.85}'
batch      reads JSON Lines (FILE, or standard input), one cluster a line:
             {\"id\": \"c1\", \"sources\": [{\"id\": \"a\", \"text\": \"...\", \"date\": \"2025-03-12\"}]}
           and prints one line per cluster, in input order, on every core:
             {\"id\": \"c1\", \"report\": {...}}  or  {\"id\": \"c1\", \"error\": {\"kind\", \"message\"}}
           (--extract: Reports without groups; RAYON_NUM_THREADS=N: N threads)
Exit status: 0 on success, 2 on bad usage or bad input (batch: only when its input or
output fails; a bad cluster is an error line).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("fact-compare: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<String, String> {
    let Some(cmd) = args.first() else {
        return Err(format!("no command given\n{USAGE}"));
    };
    if cmd == "-h" || cmd == "--help" || cmd == "help" {
        return Ok(format!("{USAGE}\n"));
    }
    if cmd == "batch" {
        return run_batch(&args[1..]);
    }
    let grouping = match cmd.as_str() {
        "compare" => true,
        "extract" => false,
        other => return Err(format!("unknown command \"{other}\"\n{USAGE}")),
    };
    let mut json = false;
    let mut options = Options::default();
    let mut files = Vec::new();
    let mut it = args[1..].iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => json = true,
            "--options" => options = options_arg(it.next())?,
            "-h" | "--help" => return Ok(format!("{USAGE}\n")),
            f if f.starts_with("--") => return Err(format!("unknown flag \"{f}\"\n{USAGE}")),
            f => files.push(f.to_string()),
        }
    }
    if files.is_empty() {
        return Err(format!("no input files\n{USAGE}"));
    }
    let sources = files
        .iter()
        .map(|f| read_source(f))
        .collect::<Result<Vec<_>, _>>()?;
    let report = if grouping {
        fact_compare::compare(&sources, &options)
    } else {
        fact_compare::extract(&sources, &options)
    }
    .map_err(|e| e.to_string())?;
    if json {
        // Streamed: the JSON of a figure-dense input is hundreds of times its size, and
        // is never held in memory whole (issue 13).
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        serde_json::to_writer_pretty(&mut out, &report)
            .map_err(|e| e.to_string())
            .and_then(|_| {
                writeln!(out)
                    .and_then(|_| out.flush())
                    .map_err(|e| e.to_string())
            })
            .map_err(|e| format!("cannot write the Report: {e}"))?;
        Ok(String::new())
    } else {
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        write_table(&report, grouping, &mut out)
            .and_then(|_| out.flush())
            .map_err(|e| format!("cannot write the table: {e}"))?;
        Ok(String::new())
    }
}

/// The JSON object after `--options`.
fn options_arg(value: Option<&String>) -> Result<Options, String> {
    let v = value.ok_or("--options needs a JSON object")?;
    serde_json::from_str(v).map_err(|e| format!("bad --options: {e}"))
}

/// `fact-compare batch`: streams its output (prints nothing more at the end).
fn run_batch(args: &[String]) -> Result<String, String> {
    let mut options = Options::default();
    let mut grouping = true;
    let mut file: Option<&str> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--extract" => grouping = false,
            "--options" => options = options_arg(it.next())?,
            "-h" | "--help" => return Ok(format!("{USAGE}\n")),
            f if f.starts_with("--") => return Err(format!("unknown flag \"{f}\"\n{USAGE}")),
            f if file.is_none() => file = Some(f),
            f => return Err(format!("batch reads one input, got a second: \"{f}\"")),
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = match file {
        None | Some("-") => batch::run(std::io::stdin().lock(), &mut out, &options, grouping),
        Some(path) => {
            let f = std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            batch::run(std::io::BufReader::new(f), &mut out, &options, grouping)
        }
    };
    result.map_err(|e| format!("batch: {e}"))?;
    Ok(String::new())
}

fn read_source(path: &str) -> Result<Source, String> {
    let (id, bytes) = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        ("stdin".to_string(), buf)
    } else {
        let p = Path::new(path);
        let bytes = std::fs::read(p).map_err(|e| format!("cannot read {path}: {e}"))?;
        let id = p
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.to_string());
        (id, bytes)
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    // One source per file; a byte-order mark is not part of the text.
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    Ok(Source {
        id,
        text,
        title: None,
        date: None,
    })
}

/// Human output: groups as an aligned table (compare) or mentions (extract), written to
/// `out` row by row.
///
/// Two passes over the rows, the first for the column widths, the second to write: no
/// row is kept, so that the table of a figure-dense input (hundreds of thousands of
/// rows) costs no more memory than one row (issue 13).
fn write_table(r: &Report, grouping: bool, out: &mut impl Write) -> std::io::Result<()> {
    let rows = Rows::new(r, grouping);
    let mut cells: Vec<String> = Vec::new();
    let mut widths = vec![0; rows.columns() - 1];
    for i in 0..rows.len() {
        rows.cells(i, &mut cells);
        for (w, cell) in widths.iter_mut().zip(&cells) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut line = String::new();
    for i in 0..rows.len() {
        rows.cells(i, &mut cells);
        line.clear();
        for (c, cell) in cells.iter().enumerate() {
            line.push_str(cell);
            if let Some(&w) = widths.get(c) {
                line.extend(std::iter::repeat_n(' ', w - cell.chars().count() + 2));
            }
        }
        line.push('\n');
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// The rows of the human table: a header, then one row per group (compare) or per
/// mention (extract), each made on demand.
struct Rows<'a> {
    report: &'a Report,
    grouping: bool,
    /// Mention by id (compare: a group names its mentions by id).
    by_id: HashMap<&'a str, &'a Mention>,
}

const GROUP_HEADER: [&str; 5] = ["group", "verdict", "figures", "spread", "explanation"];
const MENTION_HEADER: [&str; 6] = [
    "source",
    "text",
    "dimension",
    "value",
    "interval",
    "subject",
];

impl<'a> Rows<'a> {
    fn new(report: &'a Report, grouping: bool) -> Self {
        let by_id = if grouping {
            report.mentions.iter().map(|m| (m.id.as_str(), m)).collect()
        } else {
            HashMap::new()
        };
        Rows {
            report,
            grouping,
            by_id,
        }
    }

    fn columns(&self) -> usize {
        if self.grouping {
            GROUP_HEADER.len()
        } else {
            MENTION_HEADER.len()
        }
    }

    /// Rows, the header included.
    fn len(&self) -> usize {
        1 + if self.grouping {
            self.report.groups.len()
        } else {
            self.report.mentions.len()
        }
    }

    /// Row `i`'s cells into `cells` (replacing what it held).
    fn cells(&self, i: usize, cells: &mut Vec<String>) {
        cells.clear();
        match (i.checked_sub(1), self.grouping) {
            (None, true) => cells.extend(GROUP_HEADER.map(String::from)),
            (None, false) => cells.extend(MENTION_HEADER.map(String::from)),
            (Some(g), true) => self.group_cells(&self.report.groups[g], cells),
            (Some(m), false) => mention_cells(&self.report.mentions[m], cells),
        }
    }

    fn group_cells(&self, g: &Group, cells: &mut Vec<String>) {
        let mut figures = String::new();
        for m in g
            .mentions
            .iter()
            .filter_map(|id| self.by_id.get(id.as_str()))
        {
            if !figures.is_empty() {
                figures.push_str(" | ");
            }
            figures.push_str(&m.source);
            figures.push_str(": ");
            figures.push_str(&one_line(&m.text));
        }
        cells.push(clip(&g.label, 36));
        cells.push(g.verdict.as_str().to_string());
        cells.push(clip(&figures, 70));
        cells.push(if g.spread > 0.0 {
            format!("{:.0}%", g.spread * 100.0)
        } else {
            "-".into()
        });
        cells.push(g.explanation.clone());
    }
}

fn mention_cells(m: &Mention, cells: &mut Vec<String>) {
    cells.push(m.source.clone());
    cells.push(clip(&one_line(&m.text), 40));
    cells.push(m.dimension.as_str().to_string());
    cells.push(m.value.map_or("-".into(), |v| format!("{v} {}", m.unit)));
    cells.push(format!(
        "{}{}, {}{}",
        if m.low_open { "(" } else { "[" },
        fmt_bound(m.low),
        fmt_bound(m.high),
        if m.high_open { ")" } else { "]" }
    ));
    cells.push(clip(&m.subject, 30));
}

fn fmt_bound(b: Option<f64>) -> String {
    b.map_or("∞".to_string(), |v| format!("{v}"))
}

fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

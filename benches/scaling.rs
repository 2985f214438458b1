//! Every read is linear: time to read bodies of 1,000, 10,000 and 100,000 page members (beside
//! `value`), array elements (a page's items) and object members (unknown properties of one
//! entity). Each 10x step should take about 10x as long (the target is at most 12x).
//!
//! `cargo bench --bench scaling -- --warm-up-time 1 --measurement-time 2`
//!
//! With `GRAPH_ENTITY_SCALING_ONCE=page_items:100000` (or `page_members`, `object_members`) it
//! builds and reads that one body once, for `benches/scaling-instructions.sh` to count the
//! instructions under callgrind: work, where wall time also measures the caches.

use criterion::{BenchmarkId, Criterion, Throughput};
use graph_entity::models::RemoteActionAudit;
use graph_entity::{from_json, EntityHttp};
use http::StatusCode;
use std::hint::black_box;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

fn page_members(n: usize) -> String {
    let mut body = String::from(r#"{"value":[{"id":"1"}]"#);
    for i in 0..n {
        body.push_str(&format!(r#","m{i}":{i}"#));
    }
    body.push('}');
    body
}

fn array_elements(n: usize) -> String {
    let items: Vec<String> = (0..n)
        .map(|i| format!(r#"{{"id":"{i}","action":"factoryReset"}}"#))
        .collect();
    format!(r#"{{"value":[{}]}}"#, items.join(","))
}

fn object_members(n: usize) -> String {
    let members: Vec<String> = (0..n).map(|i| format!(r#""m{i}":{i}"#)).collect();
    format!(r#"{{"id":"1",{}}}"#, members.join(","))
}

/// Builds and reads one body, `kind:n`, once.
fn read_once(spec: &str) {
    let (kind, n) = spec.split_once(':').expect("kind:n");
    let n: usize = n.parse().expect("a size");
    match kind {
        "page_members" => {
            let body = page_members(n);
            let page = RemoteActionAudit::read_list_response(StatusCode::OK, body.as_bytes());
            black_box(page.is_ok());
        }
        "page_items" => {
            let body = array_elements(n);
            let page = RemoteActionAudit::read_list_response(StatusCode::OK, body.as_bytes());
            black_box(page.is_ok());
        }
        "object_members" => {
            let body = object_members(n);
            black_box(from_json::<RemoteActionAudit>(body.as_bytes()).is_ok());
        }
        other => panic!("unknown body kind {other}: page_members, page_items, object_members"),
    }
}

fn main() {
    if let Ok(spec) = std::env::var("GRAPH_ENTITY_SCALING_ONCE") {
        read_once(&spec);
        return;
    }
    let mut criterion = Criterion::default().configure_from_args();
    let mut group = criterion.benchmark_group("scaling");
    for n in SIZES {
        let body = page_members(n);
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_with_input(BenchmarkId::new("page_members", n), &body, |b, body| {
            b.iter(|| {
                RemoteActionAudit::read_list_response(StatusCode::OK, black_box(body.as_bytes()))
            })
        });
        let body = array_elements(n);
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_with_input(BenchmarkId::new("array_elements", n), &body, |b, body| {
            b.iter(|| {
                RemoteActionAudit::read_list_response(StatusCode::OK, black_box(body.as_bytes()))
            })
        });
        let body = object_members(n);
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_with_input(BenchmarkId::new("object_members", n), &body, |b, body| {
            b.iter(|| from_json::<RemoteActionAudit>(black_box(body.as_bytes())))
        });
    }
    group.finish();
    criterion.final_summary();
}

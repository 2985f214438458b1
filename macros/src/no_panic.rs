//! The generated code reads payloads from outside, so nothing in it may panic: no `unwrap`,
//! `expect`, `panic!`, `unreachable!`, `todo!`, `unimplemented!` or assertion, and no
//! indexing but by a constant into the property table. Clippy does not lint inside derive
//! expansions, so these tests read the expansions of representative inputs.

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::quote;
use syn::DeriveInput;

use crate::attr::Derive;
use crate::ctxt::Errors;

const PANICKING: &[&str] = &[
    "unwrap",
    "expect",
    "unwrap_err",
    "expect_err",
    "unwrap_unchecked",
    "panic",
    "unreachable",
    "todo",
    "unimplemented",
    "assert",
    "assert_eq",
    "assert_ne",
];

/// Words before `[` that do not make it an index: `for x in [..]`, `&'static [T]`, ….
const NOT_INDEXED: &[&str] = &["in", "return", "break", "static", "mut", "const", "dyn"];

/// What in `tokens` could panic, described.
fn panics(tokens: TokenStream) -> Vec<String> {
    let mut found = Vec::new();
    scan(tokens, &mut found);
    found
}

fn scan(tokens: TokenStream, found: &mut Vec<String>) {
    let mut previous: Option<TokenTree> = None;
    for token in tokens {
        match &token {
            TokenTree::Ident(ident) if PANICKING.contains(&ident.to_string().as_str()) => {
                found.push(format!("`{ident}`"));
            }
            TokenTree::Group(group) => {
                if group.delimiter() == Delimiter::Bracket && is_index(previous.as_ref(), group) {
                    found.push(format!("indexing `{}`", group));
                }
                scan(group.stream(), found);
            }
            _ => {}
        }
        previous = Some(token);
    }
}

/// Whether `[…]` after `previous` indexes something, other than the property table by a
/// constant (which cannot be out of bounds: the compiler checks it).
fn is_index(previous: Option<&TokenTree>, group: &proc_macro2::Group) -> bool {
    let indexes = match previous {
        Some(TokenTree::Ident(ident)) => !NOT_INDEXED.contains(&ident.to_string().as_str()),
        Some(TokenTree::Group(group)) => group.delimiter() != Delimiter::Brace,
        _ => false,
    };
    let constant_into_table = matches!(
        previous,
        Some(TokenTree::Ident(ident)) if ident == "PROPERTIES"
    ) && matches!(
        group.stream().into_iter().collect::<Vec<_>>().as_slice(),
        [TokenTree::Literal(_)]
    );
    indexes && !constant_into_table
}

fn object(derive: Derive, source: TokenStream) -> TokenStream {
    let input: DeriveInput = syn::parse2(source).expect("valid input");
    let expanded = crate::derive_object(&input, derive);
    assert!(
        !expanded.to_string().contains("compile_error"),
        "the input is valid: {expanded}"
    );
    expanded
}

fn enumeration(source: TokenStream) -> TokenStream {
    let input: DeriveInput = syn::parse2(source).expect("valid input");
    let errors = Errors::default();
    let model = crate::ast::enumeration(&input, &errors).expect("a model");
    crate::check::enumeration(&model, &errors);
    assert!(errors.finish().is_ok(), "the input is valid");
    crate::expand_enum::expand(&model)
}

#[test]
fn entities_complex_types_and_enums_expand_to_code_that_cannot_panic() {
    let expansions = [
        object(
            Derive::Entity,
            quote! {
                #[graph_entity(path = "/deviceManagement/remoteActionAudits", version = "beta")]
                pub struct RemoteActionAudit {
                    #[graph(read_only)]
                    pub id: Option<String>,
                    #[deprecated]
                    pub user_name: Option<String>,
                    #[graph(required)]
                    pub action: Option<RemoteAction>,
                    #[graph(required)]
                    pub request_date_time: Option<DateTimeOffset>,
                    #[graph(rename = "deviceIMEI")]
                    pub device_imei: Option<String>,
                    pub device_action_details: Option<Vec<KeyValuePair>>,
                    #[graph(non_nullable)]
                    pub device_action_category: Option<DeviceActionCategory>,
                    #[graph(extra)]
                    pub extra: Extra,
                }
            },
        ),
        object(
            Derive::Entity,
            quote! {
                #[graph_entity(path = "/users/{userId}/events", open, operations(create, update, get, list))]
                pub struct Event {
                    pub count: i32,
                    pub size: Option<i64>,
                    pub ratio: Option<f64>,
                    pub flag: Option<bool>,
                    pub nested: Option<Box<ResultInfo>>,
                    #[graph(extra)]
                    pub extra: Extra,
                }
            },
        ),
        object(
            Derive::Entity,
            quote! {
                #[graph_entity(
                    path = "/tenantRelationships/delegatedAdminRelationships/{delegatedAdminRelationship-id}/requests",
                    path = "/me/requests",
                    navigation(catalog)
                )]
                pub struct Request {
                    #[graph(immutable)]
                    pub origin: Option<String>,
                    #[graph(navigation)]
                    pub events: Option<Vec<Event>>,
                    #[graph(extra)]
                    pub extra: Extra,
                }
            },
        ),
        object(
            Derive::Entity,
            quote! {
                #[graph_entity(no_path)]
                pub struct Role {
                    #[graph(required)]
                    pub name: Option<String>,
                    #[graph(extra)]
                    pub extra: Extra,
                }
            },
        ),
        object(
            Derive::Complex,
            quote! {
                pub struct ResultInfo {
                    #[graph(non_nullable)]
                    pub code: Option<i32>,
                    pub message: Option<String>,
                    #[graph(extra)]
                    pub extra: Extra,
                }
            },
        ),
        enumeration(quote! {
            pub enum ActionState {
                None,
                NotSupported,
                #[graph(rename = "unknownFutureValue")]
                Future,
                #[graph(other)]
                Other(String),
            }
        }),
        enumeration(quote! {
            #[graph_enum(rename_all = "PascalCase")]
            pub enum OperationStatus {
                NotStarted,
                #[graph(other)]
                Other(String),
            }
        }),
    ];
    for expanded in expansions {
        assert!(!expanded.is_empty());
        assert_eq!(panics(expanded.clone()), Vec::<String>::new(), "{expanded}");
    }
}

#[test]
fn the_scan_finds_what_could_panic() {
    let found = panics(quote! {
        #[allow(dead_code)]
        fn f(items: &[u8], table: &'static [u8]) -> u8 {
            let first = items[0];
            let map = map.get(key).unwrap();
            for x in [1, 2] {}
            <Self as GraphObject>::PROPERTIES[3];
            <Self as GraphObject>::PROPERTIES[i];
            f()[1];
            core::unreachable!()
        }
    });
    assert_eq!(
        found,
        [
            "indexing `[0]`",
            "`unwrap`",
            "indexing `[i]`",
            "indexing `[1]`",
            "`unreachable`",
        ]
    );
}

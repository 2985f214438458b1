//! The examples, run against the local Graph v1.0 stand-in: each returns an error on any
//! unexpected answer. Each needs its workload's feature
//! (`cargo test -p graph-entity-models --features users,groups,mail`).

// Each example includes the stand-in: here it is compiled once per example.
#![allow(clippy::duplicate_mod)]

#[cfg(feature = "users")]
#[allow(dead_code)] // the example's `main` is not called here
#[path = "../examples/create_user.rs"]
mod create_user;
#[cfg(feature = "groups")]
#[allow(dead_code)]
#[path = "../examples/list_groups.rs"]
mod list_groups;
#[cfg(feature = "mail")]
#[allow(dead_code)]
#[path = "../examples/message_attachments.rs"]
mod message_attachments;

#[cfg(feature = "users")]
#[test]
fn a_user_is_created_updated_read_and_listed() {
    if let Err(error) = create_user::run() {
        panic!("{error}");
    }
}

#[cfg(feature = "groups")]
#[test]
fn groups_are_listed_page_after_page() {
    match list_groups::run() {
        Ok(names) => assert_eq!(
            names,
            ["Finance", "Marketing", "Sales", "Engineering", "Legal"]
        ),
        Err(error) => panic!("{error}"),
    }
}

#[cfg(feature = "mail")]
#[test]
fn attachments_read_as_their_derived_types() {
    match message_attachments::run() {
        Ok(kinds) => {
            assert_eq!(kinds.len(), 3, "{kinds:?}");
            assert!(
                kinds[0].starts_with("file \"report.txt\" (20 bytes"),
                "{kinds:?}"
            );
            assert!(kinds[1].starts_with("item "), "{kinds:?}");
            assert!(kinds[2].starts_with("reference "), "{kinds:?}");
        }
        Err(error) => panic!("{error}"),
    }
}

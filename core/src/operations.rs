//! The operations an entity can offer: their names in `#[graph_entity(operations(…))]` and on
//! the generator's command line, in the order the derive lists them.

/// One operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OperationInfo {
    /// Its name in `operations(…)`: `create`.
    pub name: &'static str,
    /// The runtime's `Operation` variant: `Create`.
    pub variant: &'static str,
}

/// Every operation: create, update, get, list, delete.
pub const OPERATIONS: [OperationInfo; 5] = [
    OperationInfo {
        name: "create",
        variant: "Create",
    },
    OperationInfo {
        name: "update",
        variant: "Update",
    },
    OperationInfo {
        name: "get",
        variant: "Get",
    },
    OperationInfo {
        name: "list",
        variant: "List",
    },
    OperationInfo {
        name: "delete",
        variant: "Delete",
    },
];

/// The names of [`OPERATIONS`], in order.
pub const OPERATION_NAMES: [&str; 5] = ["create", "update", "get", "list", "delete"];

/// The operation an HTTP method stands for, for "did you mean": `patch` is `update`.
pub fn operation_for_http_method(method: &str) -> Option<&'static str> {
    match method.to_ascii_lowercase().as_str() {
        "post" => Some("create"),
        "patch" => Some("update"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_table_agree() {
        for (position, operation) in OPERATIONS.iter().enumerate() {
            assert_eq!(OPERATION_NAMES.get(position), Some(&operation.name));
        }
        assert_eq!(operation_for_http_method("PATCH"), Some("update"));
        assert_eq!(operation_for_http_method("get"), None);
    }
}

//! Patch by diff: the update (PATCH) body that carries exactly what changed between an entity
//! as read and the same entity as the user changed it.

use serde::de::value::MapDeserializer;
use serde_json::{Map, Value};

use crate::http::payload::Payload;
use crate::model::entity::GraphEntity;
use crate::model::object::{names_type, PropertyInfo};
use crate::model::schema::SchemaType;
use crate::validate::path::Path;
use crate::validate::problem::Problems;

const ODATA_TYPE: &str = "@odata.type";

impl<E: GraphEntity> Payload<E> {
    /// The update (PATCH) body that carries exactly the differences from `before` (the
    /// entity as read) to `after` (the same entity as the user changed it), so "GET, change
    /// two fields, PATCH" sends those two fields:
    ///
    /// - Each typed property is compared by its JSON value; an absent property and an
    ///   explicit `null` are the same. Read-only properties are never sent, changed or not.
    /// - A changed property is sent with its new value. Complex values and collections are
    ///   sent whole, as Graph replaces them whole, without their read-only members.
    /// - A property `after` no longer has is sent as `null` when it is nullable (kept as a
    ///   `null` member of the payload's [`Extra`](crate::Extra), as `clear_*` builders do);
    ///   when it is non-nullable or required, Graph cannot clear it, and that is a
    ///   [`Problem`](crate::Problem) at its JSON path.
    /// - Members without a typed property (in the entities' `extra`) are sent when added or
    ///   changed. One that `after` no longer has is not sent: to clear such a property, set
    ///   it to `null` in `after`'s `extra`.
    ///
    /// The result is checked as [`Payload::update`] checks it (known enum members, no unknown
    /// property unless the type is open), and every problem is reported at once.
    ///
    /// ```
    /// use graph_entity::models::{ActionState, RemoteActionAudit};
    /// use graph_entity::{from_json, Payload};
    ///
    /// let before: RemoteActionAudit = from_json(br#"{"id": "a1", "deviceDisplayName": "Kiosk 1",
    ///     "actionState": "pending", "bulkDeviceActionId": "b7", "managedDeviceId": "m1"}"#)?;
    /// let mut after = before.clone();
    /// after.action_state = Some(ActionState::Done);
    /// after.bulk_device_action_id = None;
    /// after.id = Some("changed by mistake".into()); // read-only: never sent
    ///
    /// let patch = Payload::update_from_diff(&before, &after)?;
    /// assert_eq!(
    ///     patch.to_json()?,
    ///     br##"{"@odata.type":"#microsoft.graph.remoteActionAudit","actionState":"done","bulkDeviceActionId":null}"##
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn update_from_diff(before: &E, after: &E) -> Result<Self, Problems> {
        let root = Path::ROOT;
        let mut problems = Problems::new();
        let (Some(before), Some(after)) = (
            as_object(before, &root, &mut problems),
            as_object(after, &root, &mut problems),
        ) else {
            return Err(problems);
        };
        // In declaration order, then the other members: the order the payload is written in.
        let mut patch: Vec<(String, Value)> = Vec::new();
        for info in E::PROPERTIES {
            let name = info.json_name();
            let old = present(&before, name);
            let new = present(&after, name);
            if old == new || info.is_read_only() {
                continue;
            }
            match new {
                Some(value) => {
                    let mut value = value.clone();
                    without_read_only(&mut value, info.schema());
                    patch.push((name.to_owned(), value));
                }
                None if info.is_nullable() => {
                    patch.push((name.to_owned(), Value::Null));
                }
                None => problems.push(&root.key(name), cannot_clear(info)),
            }
        }
        for (name, value) in &after {
            let typed = E::property_index(name).is_some();
            if !typed && name != ODATA_TYPE && before.get(name) != Some(value) {
                patch.push((name.clone(), value.clone()));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let members = MapDeserializer::<_, serde_json::Error>::new(patch.into_iter());
        let entity = E::deserialize(members).map_err(|error| {
            let mut problems = Problems::new();
            problems.push(
                &root,
                format!("the changes could not be read back as the entity: {error}"),
            );
            problems
        })?;
        Payload::update(entity)
    }
}

/// The value written as JSON: an object, as every Graph object is.
fn as_object<E: GraphEntity>(
    entity: &E,
    root: &Path<'_>,
    problems: &mut Problems,
) -> Option<Map<String, Value>> {
    match serde_json::to_value(entity) {
        Ok(Value::Object(members)) => Some(members),
        Ok(other) => {
            problems.push(
                root,
                format!("a {} was written as {other}, not an object", E::ODATA_TYPE),
            );
            None
        }
        Err(error) => {
            problems.push(root, format!("could not be written as JSON: {error}"));
            None
        }
    }
}

/// The value of member `name`, if it has one: absent and `null` are the same.
fn present<'a>(object: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    object.get(name).filter(|value| !value.is_null())
}

/// Removes, at any depth, the read-only members of complex values: a whole value is sent,
/// but what Graph sets is never sent.
fn without_read_only(value: &mut Value, shape: SchemaType) {
    match (value, shape) {
        (Value::Array(items), SchemaType::Collection(element)) => {
            let element = element();
            for item in items {
                without_read_only(item, element);
            }
        }
        (Value::Object(members), SchemaType::Object { properties, .. }) => {
            for info in properties {
                if info.is_read_only() {
                    members.remove(info.json_name());
                } else if let Some(member) = members.get_mut(info.json_name()) {
                    without_read_only(member, info.schema());
                }
            }
        }
        // A derived type's value: strip what its own type makes read-only.
        (value @ Value::Object(_), SchemaType::Polymorphic { derived, .. }) => {
            let tag = value
                .get("@odata.type")
                .and_then(Value::as_str)
                .map(str::to_owned);
            let shape = derived.iter().map(|derived| derived()).find(|shape| {
                matches!(shape, SchemaType::Object { odata_type, .. }
                    if tag.as_deref().is_some_and(|tag| names_type(tag, odata_type)))
            });
            if let Some(shape) = shape {
                without_read_only(value, shape);
            }
        }
        _ => {}
    }
}

fn cannot_clear(info: &PropertyInfo) -> String {
    let kind = if info.is_required() {
        "required"
    } else {
        "non-nullable"
    };
    format!(
        "removed from the changed entity, but the property is {kind}: Graph cannot clear it; keep its value or set another (field `{}`, expected {})",
        info.rust_name(),
        info.expected()
    )
}

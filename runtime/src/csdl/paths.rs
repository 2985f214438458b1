//! Where each entity type lives: the collection paths the entity container's sets and
//! singletons lead to through containment navigation properties, at any depth.
//!
//! The walk is breadth first from every `<EntitySet>` (`/users`, a collection) and
//! `<Singleton>` (`/me`, one entity), following navigation properties with
//! `ContainsTarget="true"` (the targets live under the parent's path; other navigation
//! properties point at entities that live elsewhere). A collection-valued one gives a
//! collection path (`/users/{userId}/events`), a single-valued one a path to one entity
//! (`/identityGovernance/entitlementManagement`) to walk on from. Each type is walked on from
//! at most [`EXPANDED_PER_TYPE`] places, the shallowest, so recursive containment
//! (`mailFolder/childFolders`) ends.

use std::collections::{HashMap, VecDeque};

use super::{CollectionPath, Restrictions, Schema, StructuredType};
use graph_entity_core::naming::default_schema_name;

/// How many places of one type the walk goes on from.
const EXPANDED_PER_TYPE: usize = 8;

/// How many collection paths are kept per type before ranking.
const KEPT_PER_TYPE: usize = 24;

/// Every collection path of every entity type the container reaches.
#[derive(Clone, Debug, Default)]
pub struct PathIndex {
    collections: HashMap<String, Vec<CollectionPath>>,
    singles: HashMap<String, Vec<String>>,
}

impl PathIndex {
    /// The collection paths of the entity type `qualified` (`microsoft.graph.event`), best
    /// first: where Graph takes creates (no `InsertRestrictions/Insertable=false`, so
    /// `/users/{userId}/events` before the read-only view `/users/{userId}/calendarView`),
    /// then direct before roundabout ([`CollectionPath::roundabout`]), then not through a
    /// singleton standing for an entity of a set (`/me`), then the shallowest, then the
    /// fewest parameters, then the schema's order.
    pub fn paths(&self, qualified: &str) -> &[CollectionPath] {
        self.collections
            .get(qualified)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The paths to a single entity of type `qualified`: singletons (`/me`) and single-valued
    /// containment (`/identityGovernance/entitlementManagement`), shallowest first.
    pub fn single_paths(&self, qualified: &str) -> &[String] {
        self.singles
            .get(qualified)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }
}

/// A place holding one entity: the walk goes on from it.
struct Place<'s> {
    ty: &'s StructuredType,
    path: String,
    parameters: Vec<String>,
    depth: usize,
    through_alias: bool,
    /// The types of the places on the way, this one's included.
    types: Vec<String>,
    /// Whether the way has a cast segment or meets a type twice.
    roundabout: bool,
}

/// The default key parameter of an entity type: `userId`.
fn key_parameter(ty: &StructuredType) -> String {
    format!("{}Id", default_schema_name(&ty.name))
}

/// `name`, or a variant of it not in `taken`.
fn unique(name: String, fallback: &str, taken: &[String]) -> String {
    if !taken.contains(&name) {
        return name;
    }
    if !taken.iter().any(|t| t == fallback) {
        return fallback.to_owned();
    }
    (2..)
        .map(|number| format!("{name}{number}"))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or(name)
}

pub(super) fn index(schema: &Schema) -> PathIndex {
    let mut index = PathIndex::default();
    let mut queue: VecDeque<Place<'_>> = VecDeque::new();
    let with_sets: Vec<&str> = schema
        .container
        .iter()
        .filter(|item| item.is_entity_set)
        .map(|item| item.type_name.as_str())
        .collect();
    let mut order = 0usize;
    let mut found: HashMap<String, Vec<(usize, CollectionPath)>> = HashMap::new();
    for item in &schema.container {
        let Some(ty) = schema.structured_type(&item.type_name) else {
            continue;
        };
        let root = format!("/{}", item.name);
        if item.is_entity_set {
            let restrictions = schema
                .restrictions(&item.name)
                .or(schema.restrictions(&ty.qualified_name()));
            found.entry(ty.qualified_name()).or_default().push((
                order,
                collection(
                    root.clone(),
                    Vec::new(),
                    0,
                    restrictions,
                    false,
                    format!("entity set `{}`", item.name),
                ),
            ));
            order += 1;
            let key = key_parameter(ty);
            queue.push_back(Place {
                ty,
                path: format!("{root}/{{{key}}}"),
                parameters: vec![key],
                depth: 0,
                through_alias: false,
                types: vec![ty.qualified_name()],
                roundabout: false,
            });
        } else {
            index
                .singles
                .entry(ty.qualified_name())
                .or_default()
                .push(root.clone());
            queue.push_back(Place {
                ty,
                path: root,
                parameters: Vec::new(),
                depth: 0,
                through_alias: with_sets.contains(&item.type_name.as_str()),
                types: vec![ty.qualified_name()],
                roundabout: false,
            });
        }
    }
    let mut singles: HashMap<String, Vec<(bool, usize, usize, String)>> = HashMap::new();
    let mut expanded: HashMap<String, usize> = HashMap::new();
    while let Some(place) = queue.pop_front() {
        let count = expanded.entry(place.ty.qualified_name()).or_default();
        if *count >= EXPANDED_PER_TYPE {
            continue;
        }
        *count += 1;
        // The navigation properties of the type and its base types, then those of its
        // derived types behind a cast segment (`…/{mobileAppId}/microsoft.graph.mobileLobApp/
        // contentVersions`), as Graph's reference pages write them.
        let mut chain = schema.base_types(place.ty);
        chain.reverse();
        chain.push(place.ty);
        let mut owners: Vec<(&StructuredType, String, bool)> = chain
            .into_iter()
            .map(|declaring| (declaring, place.path.clone(), false))
            .collect();
        // A derived type with an entity set of its own (`user` under `directoryObject`) is
        // reached there, without a cast.
        for derived in schema
            .derived_types(place.ty)
            .into_iter()
            .filter(|derived| !with_sets.contains(&derived.qualified_name().as_str()))
        {
            owners.push((
                derived,
                format!("{}/{}", place.path, derived.qualified_name()),
                true,
            ));
        }
        for (declaring, base_path, cast) in owners {
            for nav in declaring
                .navigation_properties
                .iter()
                .filter(|nav| nav.contains_target)
            {
                let Some(target) = schema.structured_type(&nav.type_ref.name) else {
                    continue;
                };
                let target_name = target.qualified_name();
                // Recursive containment (`childFolders` of `childFolders`) is walked twice.
                if place
                    .types
                    .iter()
                    .filter(|seen| **seen == target_name)
                    .count()
                    >= 2
                {
                    continue;
                }
                let path = format!("{base_path}/{}", nav.name);
                let depth = place.depth + 1;
                let source = format!(
                    "containment navigation property `{}` of `{}`",
                    nav.name,
                    declaring.qualified_name()
                );
                let mut types = place.types.clone();
                types.push(target_name.clone());
                // Ranked after the direct ones: a cast, a type met twice, or a way through a
                // type that has an entity set of its own, its canonical place
                // (`/users/{userId}/joinedTeams/{teamId}/channels` after `/teams/{teamId}/channels`).
                let roundabout = place.roundabout
                    || cast
                    || place.types.contains(&target_name)
                    || (place.depth > 0 && with_sets.contains(&place.ty.qualified_name().as_str()));
                if nav.type_ref.collection {
                    let kept = found.entry(target_name.clone()).or_default();
                    // Roundabout paths are kept within their own allowance, so they never
                    // crowd out a direct one found later.
                    let allowance = kept
                        .iter()
                        .filter(|(_, path)| path.roundabout == roundabout)
                        .count();
                    if allowance < KEPT_PER_TYPE {
                        let restrictions = schema
                            .restrictions(&format!("{}/{}", declaring.qualified_name(), nav.name))
                            .or(schema.restrictions(&target_name));
                        let (path, parameters) =
                            clear_of_key(&path, &place.parameters, &key_parameter(target), target);
                        let mut found_path = collection(
                            path,
                            parameters,
                            depth,
                            restrictions,
                            place.through_alias,
                            source,
                        );
                        found_path.roundabout = roundabout;
                        kept.push((order, found_path));
                        order += 1;
                    }
                    let singular = nav
                        .name
                        .strip_suffix("ies")
                        .map(|stem| format!("{stem}y"))
                        .or_else(|| nav.name.strip_suffix('s').map(str::to_owned))
                        .unwrap_or_else(|| nav.name.clone());
                    let key = unique(
                        key_parameter(target),
                        &format!("{singular}Id"),
                        &place.parameters,
                    );
                    let mut parameters = place.parameters.clone();
                    parameters.push(key.clone());
                    queue.push_back(Place {
                        ty: target,
                        path: format!("{path}/{{{key}}}"),
                        parameters,
                        depth,
                        through_alias: place.through_alias,
                        types,
                        roundabout,
                    });
                } else {
                    let kept = singles.entry(target_name).or_default();
                    if kept.len() < KEPT_PER_TYPE {
                        kept.push((
                            roundabout || place.through_alias,
                            depth,
                            order,
                            path.clone(),
                        ));
                        order += 1;
                    }
                    queue.push_back(Place {
                        ty: target,
                        path,
                        parameters: place.parameters.clone(),
                        depth,
                        through_alias: place.through_alias,
                        types,
                        roundabout,
                    });
                }
            }
        }
    }
    for (name, mut paths) in singles {
        paths.sort();
        index
            .singles
            .entry(name)
            .or_default()
            .extend(paths.into_iter().map(|(_, _, _, path)| path));
    }
    for (name, mut paths) in found {
        paths.sort_by_key(|(order, path)| {
            (
                path.restrictions.insertable == Some(false),
                path.roundabout,
                path.through_alias,
                path.depth,
                path.parameters.len(),
                *order,
            )
        });
        index
            .collections
            .insert(name, paths.into_iter().map(|(_, path)| path).collect());
    }
    index
}

fn collection(
    path: String,
    parameters: Vec<String>,
    depth: usize,
    restrictions: Restrictions,
    through_alias: bool,
    source: String,
) -> CollectionPath {
    CollectionPath {
        path,
        source,
        parameters,
        depth,
        restrictions,
        through_alias,
        roundabout: false,
    }
}

/// The collection path with a parent parameter renamed where it is the entity's own key
/// parameter (`/mailFolders/{mailFolderId}/childFolders` → `{parentMailFolderId}`), so the
/// item path `…/{mailFolderId}` repeats no parameter.
fn clear_of_key(
    path: &str,
    parameters: &[String],
    key: &str,
    target: &StructuredType,
) -> (String, Vec<String>) {
    if !parameters.iter().any(|parameter| parameter == key) {
        return (path.to_owned(), parameters.to_vec());
    }
    let mut bare = target.name.clone();
    if let Some(first) = bare.get(..1) {
        bare = format!(
            "{}{}",
            first.to_uppercase(),
            bare.get(1..).unwrap_or_default()
        );
    }
    let renamed = unique(
        format!("parent{bare}Id"),
        &format!("parent{bare}Id"),
        parameters,
    );
    let path = path.replacen(&format!("{{{key}}}"), &format!("{{{renamed}}}"), 1);
    let parameters = parameters
        .iter()
        .map(|parameter| {
            if parameter == key {
                renamed.clone()
            } else {
                parameter.clone()
            }
        })
        .collect();
    (path, parameters)
}

//! The `graph-entity-models` crate, generated: every entity, complex and enumeration type of
//! a Graph schema, split into Cargo features by workload (`users`, `mail`, `intune`, …), each
//! feature compiling exactly the types its workload reaches.
//!
//! - **Roots**: each entity type belongs to the workloads its paths lead from (an entity at
//!   `/users/{userId}/messages` and `/users/{userId}/events/{eventId}/attachments` to `mail`
//!   and `calendar`), or, for the few in namespaces of their own, to that namespace's
//!   workload. An entity type Graph serves nowhere takes its base type's workloads.
//! - **Closures**: a workload compiles its roots and every type their properties reach and
//!   every type derived from a type it compiles, at any depth. Navigation properties do not
//!   widen a closure: one is typed when every workload that compiles its owner also compiles
//!   its target, else it stays in `navigation(…)` and its JSON in `extra`.
//! - **Once**: each type is written once, in the module of the exact set of workloads that
//!   compile it, under `#[cfg(any(feature = "a", feature = "b"))]`. A generation-time check
//!   proves that whatever a module names is compiled whenever the module is, so no feature
//!   fails to compile because another is off.
//!
//! [`generate`] writes the crate's `Cargo.toml` and `src/`; `graph-entity-codegen models`
//! wraps it.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::fmt::Write as _;

use graph_entity::csdl::{PathIndex, Schema, StructuredKind, StructuredType, TypeDefinition};

use crate::{emit, generate_for_clouds, CloudSchema, Error, Generated, Item, ItemKind, Options};

/// A Cargo feature of the models crate: one workload of Graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Workload {
    /// The feature's name: `users`, `identity-governance`.
    pub feature: &'static str,
    /// What it covers, one line.
    pub about: &'static str,
}

/// The workloads, in the order the crate documents them.
pub const WORKLOADS: &[Workload] = &[
    Workload { feature: "users", about: "`/users` and what hangs off a user that no other workload claims: licenses, activities, people, insights, settings" },
    Workload { feature: "groups", about: "`/groups`, group settings and lifecycle policies, conversations, threads and posts" },
    Workload { feature: "mail", about: "messages, mail folders, rules, categories and attachments (`/users/{userId}/messages`, `/users/{userId}/mailFolders`)" },
    Workload { feature: "calendar", about: "events, calendars and calendar groups of users and groups" },
    Workload { feature: "contacts", about: "personal contacts and contact folders" },
    Workload { feature: "files", about: "OneDrive and drives: `/drives`, `/shares`, drive items, workbooks, `/storage`" },
    Workload { feature: "sites", about: "SharePoint: `/sites`, lists, pages, content types, the term store" },
    Workload { feature: "teams", about: "Teams: `/teams`, `/chats`, channels, messages, tabs, apps, shifts (`/teamwork`, `/appCatalogs`)" },
    Workload { feature: "communications", about: "`/communications`: calls, online meetings, presence, call records" },
    Workload { feature: "notes", about: "OneNote notebooks, sections and pages" },
    Workload { feature: "planner", about: "Planner plans, buckets and tasks" },
    Workload { feature: "todo", about: "Microsoft To Do task lists and tasks" },
    Workload { feature: "intune", about: "Intune: `/deviceManagement` and `/deviceAppManagement`, users' managed devices" },
    Workload { feature: "identity", about: "identity and access: `/identity` (conditional access, user flows), `/policies`, authentication methods, identity protection" },
    Workload { feature: "identity-governance", about: "`/identityGovernance`: entitlement management, access reviews, lifecycle workflows, terms of use, privileged access" },
    Workload { feature: "directory", about: "the directory: `/directoryObjects` and every type derived from `directoryObject`, `/directory`, domains, organization, roles, `/roleManagement`, `/tenantRelationships`" },
    Workload { feature: "applications", about: "`/applications`, `/servicePrincipals`, application templates, synchronization" },
    Workload { feature: "security", about: "`/security` (namespace `microsoft.graph.security`), information protection, compliance, privacy" },
    Workload { feature: "reports", about: "`/reports`, `/auditLogs`, partner billing reports" },
    Workload { feature: "education", about: "`/education`: schools, classes, assignments" },
    Workload { feature: "bookings", about: "`/solutions/bookingBusinesses`: Bookings businesses, appointments, staff, services" },
    Workload { feature: "virtual-events", about: "`/solutions/virtualEvents`: webinars and town halls" },
    Workload { feature: "backup-restore", about: "`/solutions/backupRestore`: Microsoft 365 Backup" },
    Workload { feature: "admin", about: "`/admin`: service announcements, SharePoint, Edge, Exchange and Teams administration" },
    Workload { feature: "search", about: "`/search`, `/external` connections (namespace `microsoft.graph.externalConnectors`)" },
    Workload { feature: "places", about: "`/places`: rooms, buildings, floors, desks" },
    Workload { feature: "print", about: "`/print`: printers, shares, jobs" },
    Workload { feature: "employee-experience", about: "`/employeeExperience`: Viva learning providers and engagement" },
    Workload { feature: "copilot", about: "`/copilot`: interaction history and admin settings" },
    Workload { feature: "other", about: "what no other workload claims: `/subscriptions`, `/dataPolicyOperations`, `/filterOperators`, `/functions`, …" },
];

/// The base type of every entity type: compiled with [`FULL`] only.
pub const UNIVERSAL_BASE: &str = "microsoft.graph.entity";

/// The feature that turns every workload on.
pub const FULL: &str = "full";

/// A file of the generated crate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    /// Its path inside the crate: `Cargo.toml`, `src/lib.rs`, `src/users.rs`.
    pub path: String,
    /// Its text.
    pub text: String,
}

/// One workload's share of the crate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Closure {
    /// The feature.
    pub feature: &'static str,
    /// Its root entity types, by Rust name.
    pub roots: Vec<String>,
    /// Entity types it compiles, roots included.
    pub entities: usize,
    /// Items it compiles: structs, enumerations and `Any…` enums.
    pub items: usize,
}

/// The generated crate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Models {
    /// Its files, `Cargo.toml` first.
    pub files: Vec<File>,
    /// Each workload's roots and closure, in [`WORKLOADS`] order.
    pub closures: Vec<Closure>,
    /// Items in the crate.
    pub items: usize,
}

/// The workload of a path: its literal segments, parameters and casts left out, the first
/// rule that matches.
fn classify_path(path: &str) -> Option<&'static str> {
    let segments: Vec<&str> = path
        .split('/')
        .filter(|segment| {
            !segment.is_empty() && !segment.starts_with('{') && !segment.contains('.')
        })
        .collect();
    let first = *segments.first()?;
    let second = segments.get(1).copied().unwrap_or("");
    let under_owner = |default: &'static str| -> &'static str {
        match second {
            "messages"
            | "mailFolders"
            | "inferenceClassification"
            | "outlook"
            | "mailboxSettings" => "mail",
            "events" | "calendar" | "calendars" | "calendarGroups" | "calendarView" => "calendar",
            "contacts" | "contactFolders" => "contacts",
            "drive" | "drives" => "files",
            "sites" => "sites",
            "onenote" => "notes",
            "planner" => "planner",
            "todo" => "todo",
            "chats" | "teamwork" | "joinedTeams" | "team" => "teams",
            "onlineMeetings" | "presence" | "adhocCalls" => "communications",
            "managedDevices"
            | "managedAppRegistrations"
            | "deviceManagementTroubleshootingEvents"
            | "mobileAppIntentAndStates"
            | "cloudPCs" => "intune",
            "authentication" => "identity",
            "dataSecurityAndGovernance" => "security",
            "employeeExperience" => "employee-experience",
            _ => default,
        }
    };
    Some(match first {
        "users" | "me" => under_owner("users"),
        "groups" => under_owner("groups"),
        "groupLifecyclePolicies" | "groupSettings" | "groupSettingTemplates" => "groups",
        "drives" | "drive" | "shares" | "storage" => "files",
        "sites" => match second {
            "drive" | "drives" => "files",
            "onenote" => "notes",
            _ => "sites",
        },
        "teams" | "chats" | "teamwork" | "appCatalogs" | "teamsTemplates" => "teams",
        "communications" => "communications",
        "planner" => "planner",
        "deviceManagement" | "deviceAppManagement" => "intune",
        "identityGovernance" | "agreements" | "agreementAcceptances" => "identity-governance",
        "identity"
        | "policies"
        | "authenticationMethodsPolicy"
        | "authenticationMethodConfigurations"
        | "identityProtection"
        | "identityProviders"
        | "certificateBasedAuthConfiguration" => "identity",
        "directory"
        | "directoryObjects"
        | "directoryRoles"
        | "directoryRoleTemplates"
        | "domains"
        | "domainDnsRecords"
        | "organization"
        | "contracts"
        | "contacts"
        | "subscribedSkus"
        | "schemaExtensions"
        | "oauth2PermissionGrants"
        | "permissionGrants"
        | "scopedRoleMemberships"
        | "devices"
        | "invitations"
        | "roleManagement"
        | "tenantRelationships" => "directory",
        "applications" | "servicePrincipals" | "applicationTemplates" | "appRoleAssignments" => {
            "applications"
        }
        "security" | "informationProtection" | "compliance" | "privacy" => "security",
        "auditLogs" | "reports" => "reports",
        "education" => "education",
        "solutions" => match second {
            "bookingBusinesses" | "bookingCurrencies" => "bookings",
            "virtualEvents" => "virtual-events",
            "backupRestore" => "backup-restore",
            _ => "other",
        },
        "admin" => "admin",
        "search" | "external" | "connections" => "search",
        "places" => "places",
        "print" => "print",
        "employeeExperience" => "employee-experience",
        "copilot" => "copilot",
        _ => "other",
    })
}

/// The workload of a namespace other than `microsoft.graph`, when it has one.
fn classify_namespace(namespace: &str) -> Option<&'static str> {
    Some(match namespace {
        "microsoft.graph.security" => "security",
        "microsoft.graph.identityGovernance" => "identity-governance",
        "microsoft.graph.callRecords" => "communications",
        "microsoft.graph.externalConnectors" | "microsoft.graph.search" => "search",
        "microsoft.graph.termStore" => "sites",
        "microsoft.graph.partners.billing" => "reports",
        "microsoft.graph.teamsAdministration" => "admin",
        "microsoft.graph.entraRecoveryServices" => "directory",
        _ => return None,
    })
}

/// The workloads entity type `entity` is a root of: its namespace's, else those of its
/// collection paths, else of its single paths, else (none of its own) its base types'.
fn homes(schema: &Schema, paths: &PathIndex, entity: &StructuredType) -> BTreeSet<&'static str> {
    if let Some(workload) = classify_namespace(&entity.namespace) {
        return BTreeSet::from([workload]);
    }
    for ty in std::iter::once(entity).chain(schema.base_types(entity)) {
        let qualified = ty.qualified_name();
        let mut found: BTreeSet<&'static str> = paths
            .paths(&qualified)
            .iter()
            .filter_map(|path| classify_path(&path.path))
            .collect();
        if found.is_empty() {
            found = paths
                .single_paths(&qualified)
                .iter()
                .filter_map(|path| classify_path(path))
                .collect();
        }
        if !found.is_empty() {
            return found;
        }
    }
    BTreeSet::new()
}

/// Generates the models crate from `schema` (the global cloud's) and the national clouds'
/// schemas.
pub fn generate(schema: &Schema, clouds: &[CloudSchema<'_>]) -> Result<Models, Error> {
    let paths = schema.path_index();
    let entities: Vec<&StructuredType> = schema
        .types()
        .filter_map(|definition| match definition {
            TypeDefinition::Structured(ty) if ty.kind == StructuredKind::Entity => Some(ty),
            _ => None,
        })
        .collect();

    // Every type's derived types, at any depth.
    let mut derived: HashMap<String, Vec<String>> = HashMap::new();
    for definition in schema.types() {
        if let TypeDefinition::Structured(ty) = definition {
            for base in schema.base_types(ty) {
                derived
                    .entry(base.qualified_name())
                    .or_default()
                    .push(ty.qualified_name());
            }
        }
    }

    // Each entity type's workloads: from its namespace or paths; else those of the types
    // derived from it; else those of the entity types whose navigation properties lead to it;
    // else `other`. `entity`, which every entity type derives from, has none: it is compiled
    // with `full` only, as in any workload it would pull in every entity type.
    let mut home: HashMap<String, BTreeSet<&'static str>> = HashMap::new();
    for entity in &entities {
        let found = homes(schema, &paths, entity);
        if !found.is_empty() {
            home.insert(entity.qualified_name(), found);
        }
    }
    for entity in &entities {
        let name = entity.qualified_name();
        if home.contains_key(&name) || name == UNIVERSAL_BASE {
            continue;
        }
        let found: BTreeSet<&'static str> = derived
            .get(&name)
            .into_iter()
            .flatten()
            .filter_map(|derived| home.get(derived))
            .flatten()
            .copied()
            .collect();
        if !found.is_empty() {
            home.insert(name, found);
        }
    }
    loop {
        let mut added: Vec<(String, BTreeSet<&'static str>)> = Vec::new();
        for owner in &entities {
            let Some(owner_home) = home.get(&owner.qualified_name()) else {
                continue;
            };
            for nav in schema.all_navigation_properties(owner) {
                let target = schema
                    .structured_type(&nav.type_ref.name)
                    .map(StructuredType::qualified_name);
                if let Some(target) = target {
                    if !home.contains_key(&target) && target != UNIVERSAL_BASE {
                        added.push((target, owner_home.clone()));
                    }
                }
            }
        }
        if added.is_empty() {
            break;
        }
        for (target, found) in added {
            home.entry(target).or_default().extend(found);
        }
    }
    let mut roots: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    for entity in &entities {
        let name = entity.qualified_name();
        if name == UNIVERSAL_BASE {
            continue;
        }
        let found = home
            .get(&name)
            .cloned()
            .unwrap_or_else(|| BTreeSet::from(["other"]));
        for workload in found {
            roots.entry(workload).or_default().push(name.clone());
        }
    }
    let mut features: HashMap<String, BTreeSet<&'static str>> = HashMap::new();
    for workload in WORKLOADS {
        let mut queue: VecDeque<String> = roots
            .get(workload.feature)
            .cloned()
            .unwrap_or_default()
            .into();
        let mut seen: HashSet<String> = queue.iter().cloned().collect();
        while let Some(name) = queue.pop_front() {
            features
                .entry(name.clone())
                .or_default()
                .insert(workload.feature);
            let mut next: Vec<String> = derived.get(&name).cloned().unwrap_or_default();
            if let Some(ty) = schema.structured_type(&name) {
                for (_, property) in schema.all_properties(ty) {
                    if !property.type_ref.is_primitive() {
                        if let Some(found) = schema.find(&property.type_ref.name) {
                            next.push(found.qualified_name());
                        }
                    }
                }
            }
            for name in next {
                if seen.insert(name.clone()) {
                    queue.push_back(name);
                }
            }
        }
    }
    let none = BTreeSet::new();
    let features_of = |qualified: &str| features.get(qualified).unwrap_or(&none);
    // A set compiled under another: empty means `full` only, under which everything is.
    let covers = |inner: &BTreeSet<&str>, outer: &BTreeSet<&str>| {
        outer.is_empty() || (!inner.is_empty() && outer.is_subset(inner))
    };

    // Navigation properties typed where the target is compiled with the owner.
    let mut typed_navigation: BTreeSet<(String, String)> = BTreeSet::new();
    for definition in schema.types() {
        let TypeDefinition::Structured(owner) = definition else {
            continue;
        };
        let owner_name = owner.qualified_name();
        for nav in schema.all_navigation_properties(owner) {
            if let Some(target) = schema.structured_type(&nav.type_ref.name) {
                let target_name = target.qualified_name();
                if covers(features_of(&target_name), features_of(&owner_name)) {
                    typed_navigation.insert((owner_name.clone(), target_name));
                }
            }
        }
    }

    let options = Options {
        all: true,
        typed_navigation: Some(typed_navigation),
        ..Options::default()
    };
    let generated = generate_for_clouds(schema, &options, clouds)?;
    layout(schema, &paths, &generated, &roots, &features)
}

/// Places each item in the module of its workloads, checks that every module's names are
/// compiled with it, and writes the files.
fn layout(
    schema: &Schema,
    paths: &PathIndex,
    generated: &Generated,
    roots: &BTreeMap<&'static str, Vec<String>>,
    features: &HashMap<String, BTreeSet<&'static str>>,
) -> Result<Models, Error> {
    let none = BTreeSet::new();
    let features_of = |item: &Item| features.get(&item.qualified_name).unwrap_or(&none);
    let covers = |inner: &BTreeSet<&str>, outer: &BTreeSet<&str>| {
        outer.is_empty() || (!inner.is_empty() && outer.is_subset(inner))
    };
    let by_name: HashMap<&str, &Item> = generated
        .items
        .iter()
        .map(|item| (item.name.as_str(), item))
        .collect();
    let mut used: HashSet<&str> = HashSet::new();
    for item in &generated.items {
        used.extend(item.dependencies.iter().map(String::as_str));
    }
    // `Any{Base}` of an entity type Graph serves in no collection, which nothing names (the
    // `Any` of `entity` itself would hold every entity type), is left out.
    let kept: Vec<&Item> = generated
        .items
        .iter()
        .filter(|item| {
            item.kind != ItemKind::Polymorphic
                || used.contains(item.name.as_str())
                || !paths.paths(&item.qualified_name).is_empty()
        })
        .collect();
    for item in &kept {
        for dependency in &item.dependencies {
            let target = by_name.get(dependency.as_str()).ok_or_else(|| {
                Error::new(format!(
                    "`{}` names `{dependency}`, which is not generated",
                    item.name
                ))
            })?;
            if !covers(features_of(target), features_of(item)) {
                return Err(Error::new(format!(
                    "`{}` ({:?}) names `{dependency}` ({:?}), which is not compiled with it",
                    item.name,
                    features_of(item),
                    features_of(target)
                )));
            }
        }
    }

    // Modules: one per set of workloads.
    let mut modules: BTreeMap<Vec<&'static str>, Vec<&Item>> = BTreeMap::new();
    for item in &kept {
        let mut set: Vec<&'static str> = features_of(item).iter().copied().collect();
        set.sort_by_key(|feature| WORKLOADS.iter().position(|w| w.feature == *feature));
        modules.entry(set).or_default().push(item);
    }
    let mut module_of: HashMap<&str, String> = HashMap::new();
    let mut named: Vec<(String, Vec<&'static str>, Vec<&Item>)> = Vec::new();
    for (set, items) in modules {
        let name = module_name(&set);
        for item in &items {
            module_of.insert(item.name.as_str(), name.clone());
        }
        named.push((name, set, items));
    }
    named.sort_by(|a, b| a.0.cmp(&b.0));

    let mut modules: Vec<Module> = Vec::new();
    for (name, set, items) in &named {
        let mut text = String::new();
        let about = if set.is_empty() {
            format!("Types no workload reaches, compiled with `{FULL}` only.")
        } else {
            format!(
                "Types compiled with any of: {}.",
                set.iter()
                    .map(|feature| format!("`{feature}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        emit::doc(
            &mut text,
            0,
            &format!("{about} Generated by `graph-entity-codegen models`: regenerate it rather than edit it."),
            true,
        );
        text.push('\n');
        let mut imports: BTreeSet<&str> = BTreeSet::new();
        let mut outside: BTreeSet<&str> = BTreeSet::new();
        for item in items {
            imports.extend(item.imports.iter().copied());
            for dependency in &item.dependencies {
                if module_of.get(dependency.as_str()) != Some(name) {
                    outside.insert(dependency.as_str());
                }
            }
        }
        // `crate` sorts before `graph_entity`, as rustfmt orders them.
        let outside: Vec<&str> = outside.into_iter().collect();
        if !outside.is_empty() {
            emit::use_list(&mut text, "crate", &outside);
        }
        let imports: Vec<&str> = imports.into_iter().collect();
        emit::use_list(&mut text, "graph_entity", &imports);
        for item in items {
            text.push('\n');
            text.push_str(&item.code);
        }
        let names: BTreeSet<String> = outside
            .iter()
            .filter_map(|dependency| module_of.get(*dependency).cloned())
            .collect();
        modules.push(Module {
            name: name.clone(),
            set: set.clone(),
            text,
            names,
        });
    }
    let parts = parts(&modules)?;
    let mut files = vec![File {
        path: "Cargo.toml".to_owned(),
        text: cargo_toml(parts.len()),
    }];
    for (number, part) in parts.iter().enumerate() {
        let number = number + 1;
        let mut lib_modules = String::new();
        for module in part.iter().filter_map(|&index| modules.get(index)) {
            let name = &module.name;
            files.push(File {
                path: format!("{}/src/{name}.rs", part_dir(number)),
                text: module.text.clone(),
            });
            let cfg = cfg_of(&module.set);
            emit::attribute(&mut lib_modules, 0, "cfg", std::slice::from_ref(&cfg));
            lib_modules.push_str(&format!("mod {name};\n"));
            emit::attribute(&mut lib_modules, 0, "cfg", &[cfg]);
            lib_modules.push_str(&format!("pub use {name}::*;\n"));
        }
        files.push(File {
            path: format!("{}/Cargo.toml", part_dir(number)),
            text: part_cargo_toml(number),
        });
        files.push(File {
            path: format!("{}/src/lib.rs", part_dir(number)),
            text: part_lib_rs(number, parts.len(), &lib_modules),
        });
    }

    // Closures, for the docs and the report.
    let mut closures = Vec::new();
    for workload in WORKLOADS {
        let mut names: Vec<String> = roots
            .get(workload.feature)
            .into_iter()
            .flatten()
            .filter_map(|qualified| {
                kept.iter()
                    .find(|item| item.kind == ItemKind::Entity && item.qualified_name == *qualified)
                    .map(|item| item.name.clone())
            })
            .collect();
        names.sort();
        let compiled: Vec<&&Item> = kept
            .iter()
            .filter(|item| features_of(item).contains(workload.feature))
            .collect();
        closures.push(Closure {
            feature: workload.feature,
            roots: names,
            entities: compiled
                .iter()
                .filter(|item| item.kind == ItemKind::Entity)
                .count(),
            items: compiled.len(),
        });
    }
    let _ = schema;
    files.push(File {
        path: "src/lib.rs".to_owned(),
        text: lib_rs(&closures, kept.len(), parts.len()),
    });
    Ok(Models {
        files,
        closures,
        items: kept.len(),
    })
}

/// How many crates the modules are compiled in, each by its own rustc: as one crate the whole
/// schema took 5 GB of memory to build, as much as plain serde structs of the same shapes.
const PARTS: usize = 3;

/// The folder of part `number` (from 1), inside the models crate's.
fn part_dir(number: usize) -> String {
    format!("parts/part{number}")
}

/// A module of the crate, one per set of workloads.
struct Module {
    /// Its name (`users`, `shared_…`).
    name: String,
    /// The workloads that compile it.
    set: Vec<&'static str>,
    /// Its text.
    text: String,
    /// The other modules it names.
    names: BTreeSet<String>,
}

/// The modules of each part, by index in `modules`: a module names only modules of its own
/// part or of the parts before it. Modules are ordered by level (0 for one that names no
/// other module, else one more than the highest level it names), then cut into parts of
/// about equal text; a level may be cut anywhere, since no module names one of its own level.
fn parts(modules: &[Module]) -> Result<Vec<Vec<usize>>, Error> {
    let index_of: HashMap<&str, usize> = modules
        .iter()
        .enumerate()
        .map(|(index, module)| (module.name.as_str(), index))
        .collect();
    let mut levels: Vec<Option<usize>> = vec![None; modules.len()];
    let mut visiting = vec![false; modules.len()];
    for index in 0..modules.len() {
        module_level(index, modules, &index_of, &mut levels, &mut visiting)?;
    }
    let mut order: Vec<usize> = (0..modules.len()).collect();
    order.sort_by_key(|&index| {
        (
            levels.get(index).copied().flatten(),
            modules.get(index).map(|module| module.name.as_str()),
        )
    });
    let total: usize = modules
        .iter()
        .map(|module| module.text.len())
        .sum::<usize>()
        .max(1);
    let mut parts: Vec<Vec<usize>> = vec![Vec::new(); PARTS];
    let mut before = 0;
    for index in order {
        let part = (before * PARTS / total).min(PARTS - 1);
        if let Some(part) = parts.get_mut(part) {
            part.push(index);
        }
        before += modules.get(index).map_or(0, |module| module.text.len());
    }
    parts.retain(|part| !part.is_empty());
    Ok(parts)
}

/// The level of module `index` (see [`parts`]), found depth first.
fn module_level(
    index: usize,
    modules: &[Module],
    index_of: &HashMap<&str, usize>,
    levels: &mut [Option<usize>],
    visiting: &mut [bool],
) -> Result<usize, Error> {
    if let Some(Some(level)) = levels.get(index) {
        return Ok(*level);
    }
    let Some(module) = modules.get(index) else {
        return Ok(0);
    };
    if visiting.get(index).copied().unwrap_or(false) {
        return Err(Error::new(format!(
            "module `{}` names itself through other modules, so the models cannot be split into crates",
            module.name
        )));
    }
    if let Some(flag) = visiting.get_mut(index) {
        *flag = true;
    }
    let mut level = 0;
    for other in &module.names {
        if let Some(&other) = index_of.get(other.as_str()) {
            level = level.max(module_level(other, modules, index_of, levels, visiting)? + 1);
        }
    }
    if let Some(flag) = visiting.get_mut(index) {
        *flag = false;
    }
    if let Some(slot) = levels.get_mut(index) {
        *slot = Some(level);
    }
    Ok(level)
}

/// The module of a set of workloads: the feature's name for one, `shared_` and a hash of the
/// set for several (stable while the set is), `full_only` for none.
fn module_name(set: &[&str]) -> String {
    match set {
        [] => "full_only".to_owned(),
        [one] => one.replace('-', "_"),
        _ => {
            // FNV-1a, 32 bits.
            let mut hash: u32 = 0x811c_9dc5;
            for byte in set.join(",").bytes() {
                hash ^= u32::from(byte);
                hash = hash.wrapping_mul(0x0100_0193);
            }
            format!("shared_{hash:08x}")
        }
    }
}

/// The `cfg(…)` predicate of a set of workloads.
fn cfg_of(set: &[&str]) -> String {
    match set {
        [] => format!("feature = \"{FULL}\""),
        [one] => format!("feature = \"{one}\""),
        _ => format!(
            "any({})",
            set.iter()
                .map(|feature| format!("feature = \"{feature}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The models crate's `Cargo.toml`: its features turn on the same features of the last part,
/// which turns them on in the parts before it.
fn cargo_toml(parts: usize) -> String {
    let mut text = String::from(
        "# Generated by `cargo run -p graph-entity-codegen -- models` from Graph's v1.0 schema:\n\
         # regenerate it rather than edit it.\n\
         [package]\n\
         name = \"graph-entity-models\"\n\
         description = \"Every Microsoft Graph v1.0 entity, complex and enumeration type as graph-entity models, a Cargo feature per workload\"\n\
         version.workspace = true\n\
         edition.workspace = true\n\
         rust-version.workspace = true\n\
         license.workspace = true\n\
         repository.workspace = true\n\
         keywords = [\"microsoft-graph\", \"odata\", \"models\"]\n\
         categories = [\"api-bindings\"]\n\
         \n\
         [dependencies]\n\
         graph-entity = { path = \"../runtime\", version = \"=0.1.0\" }\n\
         PARTS_DEPENDENCY\
         \n\
         [dev-dependencies]\n\
         serde_json = \"1\"\n\
         http = \"1\"\n\
         # The Graph stand-in the examples run against (examples/support/graph_stand_in.rs).\n\
         tiny_http = \"0.12\"\n\
         ureq = { version = \"3\", default-features = false }\n\
         \n\
         [features]\n\
         # None by default: turn on the workloads you call.\n\
         default = []\n",
    );
    let last = format!("graph-entity-models-part{parts}");
    text = text.replace(
        "PARTS_DEPENDENCY",
        &format!(
            "{last} = {{ path = \"{}\", version = \"=0.1.0\" }}\n",
            part_dir(parts)
        ),
    );
    for workload in WORKLOADS {
        let _ = writeln!(
            text,
            "{} = [\"{last}/{}\"]",
            workload.feature, workload.feature
        );
    }
    let _ = writeln!(
        text,
        "# Every workload, and the types no workload reaches.\n{FULL} = [{}, \"{last}/{FULL}\"]",
        WORKLOADS
            .iter()
            .map(|workload| format!("\"{}\"", workload.feature))
            .collect::<Vec<_>>()
            .join(", ")
    );
    text.push_str(
        "\n[[example]]\nname = \"create_user\"\nrequired-features = [\"users\"]\n\
         \n[[example]]\nname = \"list_groups\"\nrequired-features = [\"groups\"]\n\
         \n[[example]]\nname = \"message_attachments\"\nrequired-features = [\"mail\"]\n\
         \n[lints]\nworkspace = true\n",
    );
    text
}

/// Part `number`'s `Cargo.toml`: the features of the models crate, each turning on the same
/// feature of the part before.
fn part_cargo_toml(number: usize) -> String {
    let mut text = format!(
        "# Generated by `cargo run -p graph-entity-codegen -- models` from Graph's v1.0 schema:\n\
         # regenerate it rather than edit it.\n\
         [package]\n\
         name = \"graph-entity-models-part{number}\"\n\
         description = \"Part {number} of graph-entity-models' types: depend on graph-entity-models, which re-exports every part\"\n\
         version.workspace = true\n\
         edition.workspace = true\n\
         rust-version.workspace = true\n\
         license.workspace = true\n\
         repository.workspace = true\n\
         \n\
         [dependencies]\n\
         graph-entity = {{ path = \"../../../runtime\", version = \"=0.1.0\" }}\n"
    );
    let before = number.checked_sub(1).filter(|before| *before > 0);
    if let Some(before) = before {
        let _ = writeln!(
            text,
            "graph-entity-models-part{before} = {{ path = \"../part{before}\", version = \"=0.1.0\" }}"
        );
    }
    text.push_str("\n[features]\ndefault = []\n");
    for workload in WORKLOADS {
        match before {
            Some(before) => {
                let _ = writeln!(
                    text,
                    "{} = [\"graph-entity-models-part{before}/{}\"]",
                    workload.feature, workload.feature
                );
            }
            None => {
                let _ = writeln!(text, "{} = []", workload.feature);
            }
        }
    }
    // `full` also compiles the types no workload reaches, in every part.
    let mut full: Vec<String> = WORKLOADS
        .iter()
        .map(|workload| format!("\"{}\"", workload.feature))
        .collect();
    if let Some(before) = before {
        full.push(format!("\"graph-entity-models-part{before}/{FULL}\""));
    }
    let _ = writeln!(text, "{FULL} = [{}]", full.join(", "));
    text.push_str("\n[lints]\nworkspace = true\n");
    text
}

/// Part `number`'s `lib.rs`: the parts before it, re-exported, then its modules.
fn part_lib_rs(number: usize, parts: usize, modules: &str) -> String {
    let mut text = String::new();
    inner_doc(
        &mut text,
        &format!(
            "Part {number} of {parts} of [graph-entity-models](https://docs.rs/graph-entity-models)' types, which re-exports every part: depend on that crate, not this one. The types are compiled in several crates, each by its own compiler, so that building all of them needs a few GB of memory rather than one crate's 5 GB. Generated by `graph-entity-codegen models`: regenerate it rather than edit it."
        ),
    );
    text.push_str("// Graph's own deprecations are marked on the items that carry them.\n");
    text.push_str("#![allow(deprecated)]\n\n");
    if let Some(before) = number.checked_sub(1).filter(|before| *before > 0) {
        let _ = writeln!(
            text,
            "// The types of the parts before, which this part's modules name as `crate::…`\n// (none without features).\n#[allow(unused_imports)]\npub use graph_entity_models_part{before}::*;\n"
        );
    }
    text.push_str(modules);
    text
}

fn lib_rs(closures: &[Closure], items: usize, parts: usize) -> String {
    let mut text = String::new();
    let mut doc = format!(
        "Every entity, complex and enumeration type of Microsoft Graph v1.0 ({items} items) as graph-entity models, generated by `graph-entity-codegen models` from the schema the repository keeps: each entity type with its paths, operations, read-only and non-nullable rules, derived types (`Any…` enums) and the national clouds it exists in; doc comments from the schema's descriptions.\n\n\
         Nothing is compiled by default: each Cargo feature is a workload and compiles its root entity types and exactly what they reach (the types of their properties and the types derived from those, at any depth). A type several workloads need is compiled once when any of them is on. `{FULL}` turns every workload on.\n\n\
         Navigation properties are typed (`#[graph(navigation)]`) when every workload that compiles the owner compiles the target too; the others are listed in `navigation(…)` on the type and kept, as read, in `extra`.\n\n\
         The types are compiled in {parts} crates, `graph-entity-models-part1` to `graph-entity-models-part{parts}`, each by its own compiler, and re-exported here: building every feature then needs a few GB of memory, where one crate needed 5 GB. Depend on this crate only.\n\n\
         # Features\n\n\
         | feature | covers | root entity types | entity types compiled | items compiled |\n\
         | --- | --- | ---: | ---: | ---: |\n"
    );
    for (closure, workload) in closures.iter().zip(WORKLOADS) {
        let _ = writeln!(
            doc,
            "| `{}` | {} | {} | {} | {} |",
            closure.feature,
            workload.about,
            closure.roots.len(),
            closure.entities,
            closure.items
        );
    }
    doc.push_str("\n# Root entity types of each feature\n");
    for closure in closures {
        let _ = write!(
            doc,
            "\n- `{}`: {}.\n",
            closure.feature,
            closure
                .roots
                .iter()
                .map(|root| format!("`{root}`"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    inner_doc(&mut text, &doc);
    text.push_str("// Graph's own deprecations are marked on the items that carry them.\n");
    text.push_str("#![allow(deprecated)]\n\n");
    let _ = writeln!(
        text,
        "// Every type, from the last part, which re-exports the parts before it (none without\n// features).\n#[allow(unused_imports)]\npub use graph_entity_models_part{parts}::*;"
    );
    text.push_str(
        "\n/// The README's examples, compiled and run as doc tests with the `users` feature.\n\
         #[cfg(all(doctest, feature = \"users\"))]\n\
         #[doc = include_str!(\"../README.md\")]\n\
         pub struct ReadmeDoctests;\n",
    );
    text
}

/// Markdown `text` as `//!` lines: table rows, headings and blank lines as they are, other
/// lines wrapped at 100 columns (list items continued two spaces in).
fn inner_doc(out: &mut String, text: &str) {
    for line in text.lines() {
        if line.is_empty() {
            out.push_str("//!\n");
            continue;
        }
        if line.starts_with('|') || line.starts_with('#') {
            let _ = writeln!(out, "//! {line}");
            continue;
        }
        let indent = if line.starts_with("- ") { "  " } else { "" };
        let mut current = String::new();
        for word in line.split(' ') {
            if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > 96 {
                let _ = writeln!(out, "//! {current}");
                current = indent.to_owned();
            } else if !current.is_empty() && current != indent {
                current.push(' ');
            }
            current.push_str(word);
        }
        let _ = writeln!(out, "//! {current}");
    }
}

/// The schema files of a directory like `codegen/tests/data/v1.0`, by the cloud names
/// `clouds(…)` takes: `Fairfax` serves both US Government clouds.
pub const CLOUD_FILES: &[(&str, &str)] = &[
    ("us_gov_l4", "Fairfax"),
    ("us_gov_l5_dod", "Fairfax"),
    ("china", "Mooncake"),
    ("us_nat", "USNat"),
    ("us_sec", "USSec"),
    ("bleu", "Bleu"),
    ("delos", "Delos"),
    ("gov_sg", "GovSG"),
];

/// Graph's schemas as the repository keeps them: `{dir}/Prod.csdl.gz` (the global cloud's)
/// and each national cloud's, gzip-compressed.
pub struct Schemas {
    /// The global cloud's schema.
    pub global: Schema,
    /// Each national cloud's schema, by file name (`Fairfax`).
    pub national: Vec<(&'static str, Schema)>,
}

impl Schemas {
    /// Reads `{dir}/{name}.csdl.gz` for the global cloud (`Prod`) and every national cloud.
    pub fn read(dir: &std::path::Path) -> Result<Schemas, Error> {
        let read = |name: &str| -> Result<Schema, Error> {
            use std::io::Read as _;
            let path = dir.join(format!("{name}.csdl.gz"));
            let file = std::fs::File::open(&path)
                .map_err(|error| Error::new(format!("cannot read {}: {error}", path.display())))?;
            let mut text = String::new();
            flate2::read::GzDecoder::new(file)
                .read_to_string(&mut text)
                .map_err(|error| Error::new(format!("{}: {error}", path.display())))?;
            Schema::parse(&text).map_err(|error| Error::new(format!("{}: {error}", path.display())))
        };
        let global = read("Prod")?;
        let mut national: Vec<(&'static str, Schema)> = Vec::new();
        for (_, file) in CLOUD_FILES {
            if !national.iter().any(|(known, _)| known == file) {
                national.push((file, read(file)?));
            }
        }
        Ok(Schemas { global, national })
    }

    /// Generates the models crate from these schemas.
    pub fn generate(&self) -> Result<Models, Error> {
        let clouds: Vec<CloudSchema<'_>> = CLOUD_FILES
            .iter()
            .filter_map(|(name, file)| {
                let schema = self
                    .national
                    .iter()
                    .find(|(known, _)| known == file)
                    .map(|(_, schema)| schema)?;
                Some(CloudSchema { name, schema })
            })
            .collect();
        generate(&self.global, &clouds)
    }
}

impl Models {
    /// Writes the crate into `dir`: each file, after removing what a previous generation
    /// wrote (the `.rs` files of `src/`, and `parts/`).
    pub fn write(&self, dir: &std::path::Path) -> Result<(), Error> {
        let fail = |what: &std::path::Path, error: std::io::Error| {
            Error::new(format!("cannot write {}: {error}", what.display()))
        };
        for path in source_files(dir) {
            std::fs::remove_file(&path).map_err(|error| fail(&path, error))?;
        }
        let parts = dir.join("parts");
        if parts.is_dir() {
            std::fs::remove_dir_all(&parts).map_err(|error| fail(&parts, error))?;
        }
        for file in &self.files {
            let path = dir.join(&file.path);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|error| fail(parent, error))?;
            }
            std::fs::write(&path, &file.text).map_err(|error| fail(&path, error))?;
        }
        Ok(())
    }

    /// How the crate in `dir` differs from this generation: each file that differs, is
    /// missing, or is a `.rs` file of `src/`, or a part's `Cargo.toml` or `.rs` file, this
    /// generation does not write.
    pub fn differences(&self, dir: &std::path::Path) -> Vec<String> {
        let mut differences = Vec::new();
        for file in &self.files {
            match std::fs::read_to_string(dir.join(&file.path)) {
                Ok(text) if text == file.text => {}
                Ok(_) => differences.push(format!("{} differs", file.path)),
                Err(_) => differences.push(format!("{} is missing", file.path)),
            }
        }
        for path in source_files(dir) {
            let Ok(relative) = path.strip_prefix(dir) else {
                continue;
            };
            let relative = relative.to_string_lossy().replace('\\', "/");
            if !self.files.iter().any(|file| file.path == relative) {
                differences.push(format!("{relative} is not generated any more"));
            }
        }
        differences.sort();
        differences
    }
}

/// The files a generation writes that are in the crate in `dir`: the `.rs` files of `src/`,
/// and each part's `Cargo.toml` and `.rs` files.
fn source_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut folders = vec![dir.join("src")];
    let mut files = Vec::new();
    if let Ok(parts) = std::fs::read_dir(dir.join("parts")) {
        for part in parts.flatten() {
            folders.push(part.path().join("src"));
            let manifest = part.path().join("Cargo.toml");
            if manifest.is_file() {
                files.push(manifest);
            }
        }
    }
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        files.extend(
            entries
                .flatten()
                .map(|entry| entry.path())
                .filter(|path| path.extension().is_some_and(|extension| extension == "rs")),
        );
    }
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Modules named `names`, each naming the modules listed with it, of equal text.
    fn modules(names: &[(&str, &[&str])]) -> Vec<Module> {
        names
            .iter()
            .map(|(name, named)| Module {
                name: (*name).to_owned(),
                set: Vec::new(),
                text: "x".repeat(100),
                names: named.iter().map(|name| (*name).to_owned()).collect(),
            })
            .collect()
    }

    #[test]
    fn a_module_comes_after_the_modules_it_names() {
        let chain = modules(&[("a", &["b"]), ("b", &["c"]), ("c", &[])]);
        assert_eq!(parts(&chain).ok(), Some(vec![vec![2], vec![1], vec![0]]));
        // Modules of one level may be cut anywhere: none names another.
        let wide = modules(&[
            ("a", &[]),
            ("b", &[]),
            ("c", &[]),
            ("d", &[]),
            ("e", &["a", "b", "c", "d"]),
            ("f", &["e"]),
        ]);
        assert_eq!(
            parts(&wide).ok(),
            Some(vec![vec![0, 1], vec![2, 3], vec![4, 5]])
        );
    }

    #[test]
    fn modules_that_name_each_other_cannot_be_split() {
        let cycle = modules(&[("a", &["b"]), ("b", &["a"])]);
        let error = parts(&cycle).err().map(|error| error.to_string());
        assert!(
            error
                .as_deref()
                .is_some_and(|error| error.contains("names itself through other modules")),
            "{error:?}"
        );
    }
}

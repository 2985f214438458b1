//! [`Location`] and [`ItemLocation`]: where a request for an entity goes, with its path
//! parameters given by name and counted by the compiler.

use std::fmt;
use std::marker::PhantomData;

use crate::model::entity::GraphEntity;
use crate::resource::endpoint::{fill, push_segment, Endpoint, Operation, ResourcePath, UrlError};

/// Where requests for entity `E` go: one of `E`'s collection paths, with its parent
/// parameters filled in, each percent-encoded as one segment.
///
/// `#[derive(GraphEntity)]` makes one function per `path`, named after the path's fixed
/// segments and taking its parameters by name, so a missing or extra argument does not
/// compile:
///
/// ```
/// use graph_entity::{Cloud, EntityHttp, Extra, GraphEntity, RequestOptions};
///
/// #[derive(GraphEntity, Debug)]
/// #[graph_entity(path = "/users/{userId}/events", path = "/me/events")]
/// pub struct Event {
///     #[graph(read_only)]
///     pub id: Option<String>,
///     pub subject: Option<String>,
///     #[graph(extra)]
///     pub extra: Extra,
/// }
///
/// let options = RequestOptions::new(Cloud::Global);
/// let theirs = Event::at_users_events("adele@contoso.com");
/// let list = Event::list_request(&options, &theirs)?;
/// assert_eq!(list.uri(), "https://graph.microsoft.com/v1.0/users/adele%40contoso%2Ecom/events");
/// let get = Event::get_request(&options, &Event::at_me_events().item("AAMk="))?;
/// assert_eq!(get.uri(), "https://graph.microsoft.com/v1.0/me/events/AAMk%3D");
/// # Ok::<(), graph_entity::RequestError>(())
/// ```
///
/// An entity with one path and no parameters also gets `location()`
/// (`RemoteActionAudit::location()`). Create and list go to a `Location`; get, update and
/// delete to one item of it, [`item`](Self::item).
pub struct Location<E> {
    path: &'static ResourcePath,
    /// The collection path, encoded; or why it could not be (an empty argument).
    collection: Result<String, UrlError>,
    entity: PhantomData<fn() -> E>,
}

impl<E: GraphEntity> Location<E> {
    /// The location at `E`'s path number `index` with `arguments` for its parameters (what
    /// the generated functions call, through `__private`).
    pub(crate) fn new(index: usize, arguments: &[&str]) -> Self {
        static NO_PATH: ResourcePath = ResourcePath::new("", "");
        match E::RESOURCE.paths().get(index) {
            Some(path) => Location {
                path,
                collection: fill(path.collection(), arguments),
                entity: PhantomData,
            },
            None => Location {
                path: &NO_PATH,
                collection: Err(UrlError::NoSuchPath {
                    entity: E::ODATA_TYPE,
                    index,
                }),
                entity: PhantomData,
            },
        }
    }

    /// One item of the collection, by its key (`id`), percent-encoded as one segment: what
    /// get, update and delete requests go to.
    pub fn item(&self, id: &str) -> ItemLocation<E> {
        let item = self.collection.clone().and_then(|mut path| {
            path.push('/');
            push_segment(&mut path, E::RESOURCE.key(), id)?;
            Ok(path)
        });
        ItemLocation {
            path: self.path,
            item,
            entity: PhantomData,
        }
    }

    /// The endpoint of `operation` at this path, if the entity offers it.
    pub fn endpoint(&self, operation: Operation) -> Option<Endpoint> {
        E::RESOURCE.endpoint_at(operation, self.path)
    }
}

impl<E> Location<E> {
    /// The path this location is at: its templates and parameters.
    pub fn resource_path(&self) -> &'static ResourcePath {
        self.path
    }

    /// The collection's path with its arguments filled in (`/users/u1/events`), or why it
    /// could not be built (an empty argument).
    pub fn path(&self) -> Result<&str, UrlError> {
        self.collection.as_deref().map_err(Clone::clone)
    }
}

/// One item of an entity's collection: a [`Location`] and the item's key, each argument
/// percent-encoded as one segment. Made by [`Location::item`].
pub struct ItemLocation<E> {
    path: &'static ResourcePath,
    item: Result<String, UrlError>,
    entity: PhantomData<fn() -> E>,
}

impl<E: GraphEntity> ItemLocation<E> {
    /// The endpoint of `operation` at this path, if the entity offers it.
    pub fn endpoint(&self, operation: Operation) -> Option<Endpoint> {
        E::RESOURCE.endpoint_at(operation, self.path)
    }
}

impl<E> ItemLocation<E> {
    /// The path this item is under: its templates and parameters.
    pub fn resource_path(&self) -> &'static ResourcePath {
        self.path
    }

    /// The item's path with its arguments filled in (`/users/u1/events/e1`), or why it could
    /// not be built (an empty argument).
    pub fn path(&self) -> Result<&str, UrlError> {
        self.item.as_deref().map_err(Clone::clone)
    }
}

// Manual impls: `E` is a marker and need not be `Clone` or `Debug` itself.
impl<E> Clone for Location<E> {
    fn clone(&self) -> Self {
        Location {
            path: self.path,
            collection: self.collection.clone(),
            entity: PhantomData,
        }
    }
}

impl<E> Clone for ItemLocation<E> {
    fn clone(&self) -> Self {
        ItemLocation {
            path: self.path,
            item: self.item.clone(),
            entity: PhantomData,
        }
    }
}

impl<E> fmt::Debug for Location<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Location")
            .field("template", &self.path.collection())
            .field("path", &self.collection)
            .finish()
    }
}

impl<E> fmt::Debug for ItemLocation<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ItemLocation")
            .field("template", &self.path.item())
            .field("path", &self.item)
            .finish()
    }
}

mod sealed {
    pub trait Sealed {}
    impl<E> Sealed for super::Location<E> {}
    impl<E> Sealed for super::ItemLocation<E> {}
}

/// Where a payload's request goes: a [`Location`] for a create, an [`ItemLocation`]
/// (`location.item(id)`) for an update. Implemented by those two only.
pub trait Address<E>: sealed::Sealed {
    /// The path template and the path, encoded.
    #[doc(hidden)]
    fn __target(&self) -> Target<'_>;
}

/// What an [`Address`] resolves to (implementation detail).
#[doc(hidden)]
pub struct Target<'a> {
    pub(crate) path: &'static ResourcePath,
    pub(crate) item: bool,
    pub(crate) encoded: Result<&'a str, UrlError>,
}

impl<E> Address<E> for Location<E> {
    fn __target(&self) -> Target<'_> {
        Target {
            path: self.path,
            item: false,
            encoded: self.path(),
        }
    }
}

impl<E> Address<E> for ItemLocation<E> {
    fn __target(&self) -> Target<'_> {
        Target {
            path: self.path,
            item: true,
            encoded: self.path(),
        }
    }
}

//! Small helpers around html5ever's reference-counted DOM.
//!
//! The DOM (`markup5ever_rcdom`) uses `Rc`/`RefCell` and is therefore neither
//! `Send` nor `Sync`; it never leaves the function that parsed it, so the
//! public API stays thread-safe. We use the same html5ever version as ammonia
//! (0.40) so the workspace builds one HTML parser, and we parse exactly the
//! way ammonia does (a fragment in a `<div>` context) so both see one tree.

use std::rc::Rc;

use html5ever::serialize::{serialize, SerializeOpts, TraversalScope};
use html5ever::tendril::TendrilSink;
use html5ever::{local_name, ns, parse_fragment, ParseOpts, QualName};
use markup5ever_rcdom::{Handle, NodeData, RcDom, SerializableHandle};

/// A parsed HTML fragment. Keeps the whole DOM alive: rcdom's `Drop` empties
/// the child lists of every descendant when the document goes away, even of
/// nodes still referenced elsewhere, so handles must not outlive this value.
pub(crate) struct Fragment {
    dom: RcDom,
}

impl Fragment {
    /// Parses `html` as the children of a `<div>`.
    pub(crate) fn parse(html: &str) -> Self {
        let dom = parse_fragment(
            RcDom::default(),
            ParseOpts::default(),
            QualName::new(None, ns!(html), local_name!("div")),
            Vec::new(),
            false,
        )
        .one(html);
        Fragment { dom }
    }

    /// The synthetic `<html>` element html5ever puts the fragment's nodes
    /// under (Document > html > fragment nodes).
    pub(crate) fn root(&self) -> Option<Handle> {
        self.dom.document.children.borrow().first().cloned()
    }
}

/// Serialises the children of `root` back to HTML.
pub(crate) fn serialize_children(root: &Handle) -> String {
    let mut out = Vec::new();
    let opts = SerializeOpts {
        traversal_scope: TraversalScope::ChildrenOnly(None),
        ..SerializeOpts::default()
    };
    // Writing into a Vec cannot fail, and the serializer only emits UTF-8
    // built from our (UTF-8) tree; fall back to lossy decoding rather than
    // panicking should either assumption ever break.
    if serialize(&mut out, &SerializableHandle::from(root.clone()), opts).is_err() {
        out.clear();
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Value of attribute `attr` on element `node`.
pub(crate) fn attribute(node: &Handle, attr: &str) -> Option<String> {
    match &node.data {
        NodeData::Element { attrs, .. } => attrs
            .borrow()
            .iter()
            .find(|a| &*a.name.local == attr)
            .map(|a| a.value.to_string()),
        _ => None,
    }
}

/// Removes `node` from its parent's child list.
pub(crate) fn detach(node: &Handle) {
    let parent = node.parent.take().and_then(|weak| weak.upgrade());
    if let Some(parent) = parent {
        parent
            .children
            .borrow_mut()
            .retain(|child| !Rc::ptr_eq(child, node));
    }
}

//! The searches the official SDKs make below the top of a body, for a body
//! whose top object holds no pair (`shape::PAIRS`).
//!
//! Go, Python, Java and .NET look at an object's own keys first, and only
//! when it holds no pair go into each of its values that is an object, under
//! whatever key, at whatever depth; arrays are not entered. Of several
//! objects with a pair, the last in the body counts (Go's order is random:
//! the others agree), and an object with a pair hides what is inside it. The
//! authorization message is taken in the same walk from every object it
//! visits, the last one counting.
//!
//! Two SDKs read a little more, one level down only: C++ takes a code or a
//! message alone from any object under the top, and PHP an `error_code` and
//! `error_msg` from the first element of an array under the top. The same
//! pass collects those, which count only when the walk finds no pair.
//!
//! This is a scan of the body's bytes, which the pass has already found to
//! be valid JSON: it follows brackets and strings without recursion and
//! keeps byte ranges, and only the texts that win are decoded.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::ops::Range;

use super::scan::string_end;
use super::shape::{CODE_SLOTS, Key, LONE_SLOTS, MESSAGE_SLOTS, PAIRS, Role};

/// The deepest object the search enters: as deep as the deepest-reaching SDK
/// (Go's JSON reader stops at 10,000 levels; Python's recursion limit at
/// about 1,000). Anything below is skipped, which keeps the search's memory
/// bounded whatever the body.
pub(super) const DEEPEST: usize = 10_000;

/// A code and a message, as ranges of the body: a string's with its quotes,
/// a number's digits.
pub(super) type Pair = (Range<usize>, Range<usize>);

/// The code and the message an object holds without their other half.
type LoneTexts = (Option<Range<usize>>, Option<Range<usize>>);

/// What the searches found.
#[derive(Default)]
pub(super) struct Found {
    /// The walk's: Go, Python, Java and .NET.
    pub(super) pair: Option<Pair>,
    pub(super) authorization: Option<Range<usize>>,
    /// PHP's, from the first element of an array under the top.
    pub(super) first_in_array_pair: Option<Pair>,
    /// C++'s, from the objects under the top, the last counting.
    pub(super) code_one_level_down: Option<Range<usize>>,
    pub(super) message_one_level_down: Option<Range<usize>>,
}

/// The keys of one object the searches use, kept only for an object that
/// has one: most objects of a large body have none.
#[derive(Default)]
struct OwnKeys {
    codes: [Option<Range<usize>>; CODE_SLOTS],
    messages: [Option<Range<usize>>; MESSAGE_SLOTS],
    authorization: Option<Range<usize>>,
}

impl OwnKeys {
    fn pair(&self) -> Option<Pair> {
        PAIRS.iter().find_map(|&(code, message)| {
            Some((self.codes[code].clone()?, self.messages[message].clone()?))
        })
    }

    /// The code and the message it holds alone (for C++).
    fn lone(&self) -> LoneTexts {
        let first =
            |slots: &[Option<Range<usize>>]| slots[LONE_SLOTS].iter().flatten().next().cloned();
        (first(&self.codes), first(&self.messages))
    }
}

/// An object being read: small, as the search keeps one for each level.
#[derive(Default)]
struct Frame {
    own: Option<Box<OwnKeys>>,
    /// What was found inside it so far.
    inside: Option<Box<Found>>,
    /// The first element of an array under the top, read for PHP only:
    /// nothing inside it is entered, and the rest of its array is skipped.
    first_in_array: bool,
}

impl Frame {
    /// What the object and everything inside it give its parent; its own
    /// keys' box goes back to `spares`.
    fn close(self, spares: &mut Spares) -> Option<Box<Found>> {
        let Some(mut own) = self.own else {
            return self.inside;
        };
        let mut inside = self.inside.unwrap_or_else(|| spares.found());
        if let Some(pair) = own.pair() {
            inside.pair = Some(pair);
            inside.authorization = own.authorization.take();
        } else {
            inside.authorization = inside.authorization.take().or(own.authorization.take());
        }
        spares.give_back_keys(own);
        Some(inside)
    }

    /// Takes in what a child object gave, the later winning, and for a child
    /// of the top, the code and the message it holds alone.
    fn take_in(&mut self, found: Option<Box<Found>>, lone: Option<LoneTexts>, spares: &mut Spares) {
        fn later<T>(earlier: &mut Option<T>, found: Option<T>) {
            if found.is_some() {
                *earlier = found;
            }
        }
        if found.is_none() && lone.is_none() {
            return;
        }
        let inside = self.inside.get_or_insert_with(|| spares.found());
        if let Some(mut found) = found {
            later(&mut inside.pair, found.pair.take());
            later(&mut inside.authorization, found.authorization.take());
            later(
                &mut inside.first_in_array_pair,
                found.first_in_array_pair.take(),
            );
            later(
                &mut inside.code_one_level_down,
                found.code_one_level_down.take(),
            );
            later(
                &mut inside.message_one_level_down,
                found.message_one_level_down.take(),
            );
            spares.give_back_found(found);
        }
        if let Some((code, message)) = lone {
            later(&mut inside.code_one_level_down, code);
            later(&mut inside.message_one_level_down, message);
        }
    }

    fn keep(&mut self, key: Key, value: Range<usize>, is_empty: bool, spares: &mut Spares) {
        if matches!(
            key,
            Key::Other | Key::RequestId(_) | Key::Error | Key::AuthorizationInAnyCase
        ) {
            return;
        }
        let value = (!is_empty).then_some(value);
        if value.is_none() && self.own.is_none() {
            return;
        }
        let own = self.own.get_or_insert_with(|| spares.keys());
        match key {
            Key::Code(slot) => own.codes[slot] = value,
            Key::Message(slot) => own.messages[slot] = value,
            Key::Authorization => own.authorization = value,
            _ => {}
        }
    }
}

/// Boxes of frames that have closed, for the next to use: a large body has
/// many objects with a key the search keeps, and a few boxes serve them all.
#[derive(Default)]
// The boxes themselves are what is kept: a frame holds its keys boxed, so
// that a frame stays small, and taking a spare box allocates nothing.
#[allow(clippy::vec_box)]
struct Spares {
    keys: Vec<Box<OwnKeys>>,
    found: Vec<Box<Found>>,
}

impl Spares {
    fn keys(&mut self) -> Box<OwnKeys> {
        self.keys.pop().unwrap_or_default()
    }

    fn found(&mut self) -> Box<Found> {
        self.found.pop().unwrap_or_default()
    }

    /// `keys`, whose texts were all taken or are no longer wanted.
    fn give_back_keys(&mut self, mut keys: Box<OwnKeys>) {
        *keys = OwnKeys::default();
        self.keys.push(keys);
    }

    /// `found`, whose fields were all taken.
    fn give_back_found(&mut self, found: Box<Found>) {
        self.found.push(found);
    }
}

/// Searches `body`, a valid JSON object (after any whitespace), as the SDKs
/// do. A body that is not one gives whatever was found before the bytes
/// stopped making sense; the search never panics.
pub(super) fn search(body: &[u8]) -> Found {
    let mut at = skip_whitespace(body, 0);
    if body.get(at) != Some(&b'{') {
        return Found::default();
    }
    at += 1;
    let mut frames = Vec::from([Frame::default()]);
    let mut spares = Spares::default();
    loop {
        if frames.len() == 1 {
            // The top's own keys are the pass's to read: here only the
            // objects and arrays it holds matter, found without telling its
            // keys, which keeps a top of many plain members cheap.
            let Some((container, byte)) = next_container(body, at) else {
                return frames
                    .pop()
                    .and_then(|top| top.close(&mut spares))
                    .map(|found| *found)
                    .unwrap_or_default();
            };
            at = if byte == b'{' {
                frames.push(Frame::default());
                container + 1
            } else {
                enter_array_under_the_top(body, container, &mut frames)
            };
            continue;
        }
        at = skip_whitespace(body, at);
        match body.get(at) {
            Some(b',') => at += 1,
            Some(b'}') => {
                at += 1;
                let Some(frame) = frames.pop() else {
                    return Found::default();
                };
                let one_level_down = frames.len() == 1;
                let Some(parent) = frames.last_mut() else {
                    return frame
                        .close(&mut spares)
                        .map(|found| *found)
                        .unwrap_or_default();
                };
                if frame.first_in_array {
                    // PHP reads only `error_code` and `error_msg` there.
                    let pair = frame
                        .own
                        .and_then(|own| Some((own.codes[0].clone()?, own.messages[0].clone()?)));
                    if pair.is_some() {
                        let found = Found {
                            first_in_array_pair: pair,
                            ..Found::default()
                        };
                        parent.take_in(Some(Box::new(found)), None, &mut spares);
                    }
                    at = skip_to_close(body, at, 1);
                } else {
                    let lone = one_level_down
                        .then(|| frame.own.as_deref().map(OwnKeys::lone))
                        .flatten();
                    let found = frame.close(&mut spares);
                    parent.take_in(found, lone, &mut spares);
                }
            }
            Some(b'"') => match read_member(body, at, &mut frames, &mut spares) {
                Some(next) => at = next,
                None => return Found::default(),
            },
            _ => return Found::default(),
        }
    }
}

/// Reads one `"key": value` of the innermost frame, from the key's opening
/// quote at `at`; where to go on from, or `None` if the bytes make no sense.
fn read_member(
    body: &[u8],
    at: usize,
    frames: &mut Vec<Frame>,
    spares: &mut Spares,
) -> Option<usize> {
    let key_end = string_end(body, at + 1)?;
    let key = Key::of_written(body.get(at + 1..key_end)?, Role::ErrorObject);
    let mut at = skip_whitespace(body, key_end + 1);
    if body.get(at) != Some(&b':') {
        return None;
    }
    at = skip_whitespace(body, at + 1);
    let depth = frames.len();
    let frame = frames.last_mut()?;
    let enters = !frame.first_in_array && depth < DEEPEST;
    match *body.get(at)? {
        b'{' if enters => {
            frame.keep(key, at..at, true, spares);
            frames.push(Frame::default());
            Some(at + 1)
        }
        b'[' if enters && depth == 1 => {
            frame.keep(key, at..at, true, spares);
            Some(enter_array_under_the_top(body, at, frames))
        }
        b'{' | b'[' => {
            frame.keep(key, at..at, true, spares);
            Some(skip_to_close(body, at + 1, 1))
        }
        b'"' => {
            let end = string_end(body, at + 1)?;
            frame.keep(key, at..end + 1, end == at + 1, spares);
            Some(end + 1)
        }
        byte if byte == b'-' || byte.is_ascii_digit() => {
            let end = scalar_end(body, at);
            frame.keep(key, at..end, false, spares);
            Some(end)
        }
        _ => {
            // `true`, `false` or `null`: no text.
            frame.keep(key, at..at, true, spares);
            Some(scalar_end(body, at))
        }
    }
}

/// Where the next object or array opens at the top, from `at` between its
/// members, and which it is: strings are stepped over, and nothing else at
/// the top opens with `{` or `[`. `None` once the top has no more.
fn next_container(body: &[u8], mut at: usize) -> Option<(usize, u8)> {
    loop {
        at += memchr::memchr3(b'"', b'{', b'[', body.get(at..)?)?;
        match body[at] {
            b'"' => at = string_end(body, at + 1)? + 1,
            byte => return Some((at, byte)),
        }
    }
}

/// Enters the array opening at `at` under the top as PHP reads it: its
/// first element, when an object, is pushed as a frame of its own; where to
/// go on from.
fn enter_array_under_the_top(body: &[u8], at: usize, frames: &mut Vec<Frame>) -> usize {
    let first = skip_whitespace(body, at + 1);
    if body.get(first) == Some(&b'{') {
        frames.push(Frame {
            first_in_array: true,
            ..Frame::default()
        });
        first + 1
    } else {
        skip_to_close(body, at + 1, 1)
    }
}

fn skip_whitespace(body: &[u8], mut at: usize) -> usize {
    while body.get(at).is_some_and(u8::is_ascii_whitespace) {
        at += 1;
    }
    at
}

/// The end of a number or literal starting at `at`.
fn scalar_end(body: &[u8], mut at: usize) -> usize {
    while body
        .get(at)
        .is_some_and(|byte| !matches!(byte, b',' | b'}' | b']') && !byte.is_ascii_whitespace())
    {
        at += 1;
    }
    at
}

/// Just past the bracket that closes the `open` objects and arrays the
/// bytes from `at` are inside (or the end of the body).
fn skip_to_close(body: &[u8], mut at: usize, mut open: usize) -> usize {
    while let Some(&byte) = body.get(at) {
        match byte {
            b'{' | b'[' => open += 1,
            b'}' | b']' => {
                open -= 1;
                if open == 0 {
                    return at + 1;
                }
            }
            b'"' => match string_end(body, at + 1) {
                Some(end) => at = end,
                None => return body.len(),
            },
            _ => {}
        }
        at += 1;
    }
    body.len()
}

/// The last pair of the objects in `body`, a valid JSON array (after any
/// whitespace), as PHP's SDK reads an array body: each element's own keys,
/// nothing inside them.
pub(super) fn search_array(body: &[u8]) -> Option<Pair> {
    let mut at = skip_whitespace(body, 0);
    if body.get(at) != Some(&b'[') {
        return None;
    }
    at += 1;
    let mut last = None;
    let mut frames = Vec::new();
    let mut spares = Spares::default();
    loop {
        at = skip_whitespace(body, at);
        match *body.get(at)? {
            b',' => at += 1,
            b']' => return last,
            b'{' => {
                let (pair, next) = flat_object(body, at, &mut frames, &mut spares)?;
                if pair.is_some() {
                    last = pair;
                }
                at = next;
            }
            b'[' => at = skip_to_close(body, at + 1, 1),
            b'"' => at = string_end(body, at + 1)? + 1,
            _ => at = scalar_end(body, at),
        }
    }
}

/// The pair of the object opening at `at`, not entering the objects inside
/// it, and where it ends; `frames` is left empty for the next.
fn flat_object(
    body: &[u8],
    mut at: usize,
    frames: &mut Vec<Frame>,
    spares: &mut Spares,
) -> Option<(Option<Pair>, usize)> {
    frames.push(Frame {
        first_in_array: true,
        ..Frame::default()
    });
    at += 1;
    loop {
        at = skip_whitespace(body, at);
        match *body.get(at)? {
            b',' => at += 1,
            b'}' => {
                let pair = match frames.pop()?.own {
                    Some(own) => {
                        let pair = own.pair();
                        spares.give_back_keys(own);
                        pair
                    }
                    None => None,
                };
                return Some((pair, at + 1));
            }
            b'"' => at = read_member(body, at, frames, spares)?,
            _ => return None,
        }
    }
}

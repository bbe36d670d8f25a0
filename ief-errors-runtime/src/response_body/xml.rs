//! The one XML error body an official SDK reads: .NET's, in the shape
//! object storage answers with.
//!
//! ```xml
//! <?xml version="1.0" encoding="UTF-8"?>
//! <Error>
//!   <Code>NoSuchKey</Code>
//!   <Message>The specified key does not exist.</Message>
//!   <RequestId>0000018A2B9C</RequestId>
//!   <EncodedAuthorizationMessage>...</EncodedAuthorizationMessage>
//! </Error>
//! ```
//!
//! This is no XML parser: it reads that shape (a declaration, comments,
//! attributes on `Error`, other child elements of text, character data
//! sections and the escapes XML defines) and gives up on anything else,
//! which then is the message as it is, like any body of no known shape.

use alloc::string::String;

use super::BodyFields;
use super::text::{capped, raw_message, trimmed_identifier};

impl BodyFields {
    /// `None` unless the body is an `Error` element of that shape.
    pub(super) fn read_xml_error(body: &[u8]) -> Option<BodyFields> {
        if body.first() != Some(&b'<') {
            return None;
        }
        let body = core::str::from_utf8(body).ok()?;
        let mut rest = skip_misc(body);
        if let Some(declaration) = rest.strip_prefix("<?xml") {
            rest = skip_misc(&declaration[declaration.find("?>")? + 2..]);
        }
        rest = rest.strip_prefix("<Error")?;
        // `<Error>` or `<Error xmlns="...">`, but not `<ErrorList>`.
        if !rest.starts_with(['>', ' ', '\t', '\r', '\n']) {
            return None;
        }
        rest = &rest[rest.find('>')? + 1..];
        let mut fields = BodyFields::default();
        loop {
            rest = skip_misc(rest);
            if let Some(after) = rest.strip_prefix("</Error") {
                let after = after.trim_start().strip_prefix('>')?;
                if !skip_misc(after).is_empty() || fields == BodyFields::default() {
                    return None;
                }
                // As for JSON, a body without a message is its own.
                fields.message = fields
                    .message
                    .or_else(|| Some(raw_message(body.as_bytes())));
                return Some(fields);
            }
            let (name, text, after) = child_element(rest)?;
            rest = after;
            match name {
                "Code" => fields.code = trimmed_identifier(&text),
                "Message" => fields.message = (!text.is_empty()).then(|| capped(&text)),
                "RequestId" => fields.request_id = trimmed_identifier(&text),
                "EncodedAuthorizationMessage" => {
                    fields.encoded_authorization_message = trimmed_identifier(&text);
                }
                _ => {}
            }
        }
    }
}

/// `text` past whitespace, comments and processing instructions.
fn skip_misc(mut text: &str) -> &str {
    loop {
        text = text.trim_start();
        match skip_comment_or_instruction(text) {
            Some(rest) => text = rest,
            None => return text,
        }
    }
}

/// `text` past the comment or processing instruction it starts with.
fn skip_comment_or_instruction(text: &str) -> Option<&str> {
    if let Some(comment) = text.strip_prefix("<!--") {
        return Some(&comment[comment.find("-->")? + 3..]);
    }
    let instruction = text.strip_prefix("<?")?;
    Some(&instruction[instruction.find("?>")? + 2..])
}

/// One `<Name>text</Name>` (or `<Name/>`) at the start of `text`: its name,
/// its text unescaped, and what follows it. `None` for anything else, such
/// as an element inside it.
fn child_element(text: &str) -> Option<(&str, String, &str)> {
    let rest = text.strip_prefix('<')?;
    let name_end = rest.find(|c: char| c == '>' || c == '/' || c.is_whitespace())?;
    let name = &rest[..name_end];
    if name.is_empty() || name.starts_with(['!', '?', '/']) {
        return None;
    }
    let tag_end = rest.find('>')?;
    if rest[..tag_end].ends_with('/') {
        return Some((name, String::new(), &rest[tag_end + 1..]));
    }
    let mut content = &rest[tag_end + 1..];
    let mut value = String::new();
    loop {
        let at = content.find(['<', '&'])?;
        value.push_str(&content[..at]);
        content = &content[at..];
        if let Some(data) = content.strip_prefix("<![CDATA[") {
            let end = data.find("]]>")?;
            value.push_str(&data[..end]);
            content = &data[end + 3..];
        } else if let Some(rest) = skip_comment_or_instruction(content) {
            content = rest;
        } else if let Some(close) = content.strip_prefix("</") {
            let close = close.strip_prefix(name)?.trim_start().strip_prefix('>')?;
            return Some((name, value, close));
        } else if content.starts_with('<') {
            return None;
        } else {
            let end = content.find(';')?;
            value.push(unescape(&content[1..end])?);
            content = &content[end + 1..];
        }
    }
}

/// The character an escape (`lt`, `#38`, `#x26`) stands for.
fn unescape(name: &str) -> Option<char> {
    match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let number = name.strip_prefix('#')?;
            let number = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(number)
        }
    }
}

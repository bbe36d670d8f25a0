//! What each official Huawei Cloud SDK would report for a captured error
//! response, for `decode` to show where it differs from `ApiError`.
//!
//! Each function restates the SDK's error handling as its source reads (the
//! files and commits `tests/sdk_parity.rs` names), on a `serde_json::Value`
//! with the body's key order: a model, not the SDK, but one that follows
//! its rules, its fallbacks and the places it fails.

use std::fmt::Write as _;

use serde_json::{Map, Value};

/// The status in a report when `decode` does not know it.
pub(crate) const UNKNOWN_STATUS: &str = "(the status)";

/// A captured response, as the SDKs see it.
pub(crate) struct Response<'a> {
    pub(crate) status: Option<u16>,
    /// `X-Request-Id`.
    pub(crate) request_id: Option<&'a str>,
    /// `X-Request-Id` written in exactly that case, which PHP's and C++'s
    /// SDKs compare names with.
    pub(crate) x_request_id_in_its_case: Option<&'a str>,
    pub(crate) content_type: Option<&'a str>,
    pub(crate) body: &'a [u8],
}

/// What an SDK reports: an error response's fields, or its own failure.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Report {
    Error {
        code: Option<String>,
        message: Option<String>,
        request_id: Option<String>,
        authorization: Option<String>,
    },
    /// It fails before it reports anything: what it throws.
    Fails(String),
}

/// The SDKs, in the README's order, each with its report; none for a body
/// nested too deep to model.
pub(crate) fn reports(response: &Response<'_>) -> Vec<(&'static str, Report)> {
    let text = String::from_utf8_lossy(response.body);
    let sdks: [(&str, Leniency, Model); 7] = [
        ("Go", Leniency::SURROGATES, |read| read.go()),
        ("Python", Leniency::SURROGATES.and(Leniency::NAN), |read| {
            read.python()
        }),
        (
            "Java",
            Leniency::SURROGATES
                .and(Leniency::CONTROLS)
                .and(Leniency::TRAILING),
            |read| read.java(),
        ),
        ("Node.js", Leniency::SURROGATES, |read| read.nodejs()),
        (
            ".NET",
            Leniency::SURROGATES
                .and(Leniency::CONTROLS)
                .and(Leniency::NAN),
            |read| read.dotnet(),
        ),
        ("PHP", Leniency::STRICT, |read| read.php()),
        ("C++", Leniency::STRICT, |read| read.cpp()),
    ];
    let mut reports = Vec::with_capacity(sdks.len());
    for (sdk, leniency, read) in sdks {
        let json = match leniency.parse(&text) {
            Ok(json) => Some(json),
            // Past 128 levels `serde_json` stops, and the model with it: Go's
            // reader goes on (every other SDK stops sooner).
            Err(error) if error.to_string().starts_with("recursion limit exceeded") => {
                return Vec::new();
            }
            Err(_) => None,
        };
        let reader = Read {
            response,
            text: &text,
            json: json.as_ref(),
        };
        reports.push((sdk, read(&reader)));
    }
    reports
}

/// An SDK's error handling, restated.
type Model = fn(&Read<'_>) -> Report;

/// What an SDK's JSON reader accepts beyond JSON.
#[derive(Clone, Copy)]
struct Leniency(u8);

impl Leniency {
    const STRICT: Leniency = Leniency(0);
    /// An escape of half a surrogate pair (`\ud800`): all but PHP's.
    const SURROGATES: Leniency = Leniency(1);
    /// A control character written raw in a string: Jackson as Java's SDK
    /// sets it up, and Json.NET.
    const CONTROLS: Leniency = Leniency(2);
    /// `NaN`, `Infinity` and `-Infinity`: Python's and Json.NET.
    const NAN: Leniency = Leniency(4);
    /// Something after the value, ignored: Jackson.
    const TRAILING: Leniency = Leniency(8);

    const fn and(self, other: Leniency) -> Leniency {
        Leniency(self.0 | other.0)
    }

    const fn allows(self, other: Leniency) -> bool {
        self.0 & other.0 != 0
    }

    /// `text` read as JSON as this reader reads it.
    fn parse(self, text: &str) -> serde_json::Result<Value> {
        let text = self.written_strictly(text);
        if self.allows(Leniency::TRAILING) {
            let mut values = serde_json::Deserializer::from_str(&text).into_iter::<Value>();
            return values.next().unwrap_or_else(|| serde_json::from_str(""));
        }
        serde_json::from_str(&text)
    }

    /// `text` with what this reader accepts written as `serde_json` reads
    /// it: half a surrogate pair as U+FFFD, a raw control character as its
    /// escape, `NaN` and the infinities as `null`.
    fn written_strictly(self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut in_string = false;
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            let mut width = c.len_utf8();
            match c {
                '"' => {
                    in_string = !in_string;
                    out.push(c);
                }
                '\\' if in_string => {
                    let escape = rest.get(..6).unwrap_or(rest);
                    let unit = escape
                        .strip_prefix("\\u")
                        .and_then(|hex| u16::from_str_radix(hex, 16).ok());
                    let paired = unit.is_some_and(|unit| (0xD800..0xDC00).contains(&unit))
                        && rest
                            .get(6..12)
                            .and_then(|next| next.strip_prefix("\\u"))
                            .and_then(|hex| u16::from_str_radix(hex, 16).ok())
                            .is_some_and(|next| (0xDC00..0xE000).contains(&next));
                    let lone = unit.is_some_and(|unit| (0xD800..0xE000).contains(&unit)) && !paired;
                    if lone && self.allows(Leniency::SURROGATES) {
                        out.push_str("\\uFFFD");
                        width = 6;
                    } else {
                        width = if paired {
                            12
                        } else {
                            escape.chars().take(2).map(char::len_utf8).sum()
                        };
                        out.push_str(&rest[..width]);
                    }
                }
                c if in_string && c < ' ' && self.allows(Leniency::CONTROLS) => {
                    let _ = write!(out, "\\u{:04x}", u32::from(c));
                }
                'N' | 'I' | '-' if !in_string && self.allows(Leniency::NAN) => {
                    match ["NaN", "Infinity", "-Infinity"]
                        .into_iter()
                        .find(|token| rest.starts_with(token))
                    {
                        Some(token) => {
                            out.push_str("null");
                            width = token.len();
                        }
                        None => out.push(c),
                    }
                }
                c => out.push(c),
            }
            rest = &rest[width..];
        }
        out
    }
}

/// Whether a value counts as half a pair, or what the SDK throws on it.
type Counts<'a> = dyn Fn(&Value) -> Result<bool, String> + 'a;

struct Read<'a> {
    response: &'a Response<'a>,
    text: &'a str,
    json: Option<&'a Value>,
}

fn report(
    code: Option<String>,
    message: Option<String>,
    request_id: Option<&str>,
    authorization: Option<String>,
) -> Report {
    Report::Error {
        code,
        message,
        request_id: request_id.map(str::to_owned),
        authorization,
    }
}

/// A value as a language that prints it plainly would: a string as it is,
/// anything else as its JSON.
fn plain(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// A value PHP's `isset` finds: there, and not `null`.
fn set(value: Option<&Value>) -> Option<&Value> {
    value.filter(|value| !value.is_null())
}

impl Read<'_> {
    /// The status as the SDKs that make it the code write it; unknown to
    /// `decode` without a status line or `--status`, but not to the SDK.
    fn status_text(&self) -> String {
        self.response
            .status
            .map_or_else(|| UNKNOWN_STATUS.to_owned(), |status| status.to_string())
    }

    /// `core/sdkerr/errors.go`: pairs of non-empty strings, the top first,
    /// then every object below; the body when there is no message.
    fn go(&self) -> Report {
        let is_text = |value: &Value| value.as_str().is_some_and(|text| !text.is_empty());
        let pairs = [("error_code", "error_msg"), ("code", "message")];
        let [code, message, authorization] = self
            .walked(&pairs, &|value| Ok(is_text(value)), &is_text)
            .unwrap_or_default();
        let text = |value: Option<Value>| value.as_ref().and_then(Value::as_str).map(str::to_owned);
        self.with_the_body_for_a_message(text(code), text(message), text(authorization))
    }

    /// `exceptions/exception_handler.py`: pairs by the keys' presence,
    /// whatever they hold; the status as the code and the body as the
    /// message when either is missing or falsy.
    fn python(&self) -> Report {
        let pairs = [
            ("error_code", "error_msg"),
            ("errorCode", "errorMsg"),
            ("code", "message"),
        ];
        let [code, message, authorization] = self
            .walked(&pairs, &|_| Ok(true), &|_| true)
            .unwrap_or_default();
        let falsy = |value: &Value| match value {
            Value::Null => true,
            Value::Bool(flag) => !flag,
            Value::Number(number) => number.as_f64() == Some(0.0),
            Value::String(text) => text.is_empty(),
            Value::Array(items) => items.is_empty(),
            Value::Object(members) => members.is_empty(),
        };
        let code = code
            .filter(|code| !falsy(code))
            .map(|code| plain(&code))
            .or_else(|| Some(self.status_text()));
        let message = message
            .filter(|message| !falsy(message))
            .map(|message| plain(&message))
            .or_else(|| Some(self.text.to_owned()));
        let authorization = authorization
            .filter(|value| !value.is_null())
            .map(|value| plain(&value));
        report(code, message, self.response.request_id, authorization)
    }

    /// `ExceptionUtils.java`: pairs by the keys' presence, a `null` in one a
    /// `NullPointerException`; an empty body reports nothing at all.
    fn java(&self) -> Report {
        if self.text.is_empty() || self.json == Some(&Value::Null) {
            return report(None, None, None, None);
        }
        let pairs = [("error_code", "error_msg"), ("code", "message")];
        let not_null = |value: &Value| {
            if value.is_null() {
                Err("NullPointerException".to_owned())
            } else {
                Ok(true)
            }
        };
        let [code, message, authorization] =
            match self.walked(&pairs, &not_null, &|value| !value.is_null()) {
                Ok(found) => found,
                Err(thrown) => return Report::Fails(thrown),
            };
        let text = |value: Option<Value>| value.map(|value| plain(&value));
        self.with_the_body_for_a_message(text(code), text(message), text(authorization))
    }

    /// Go's and Java's report: the header's request id, and the body as the
    /// message when there is none.
    fn with_the_body_for_a_message(
        &self,
        code: Option<String>,
        message: Option<String>,
        authorization: Option<String>,
    ) -> Report {
        let message = message.or_else(|| Some(self.text.to_owned()));
        report(code, message, self.response.request_id, authorization)
    }

    /// The walk Go, Python, Java and .NET make over a JSON object body: an
    /// object's own authorization message (where `authorization_counts`)
    /// and first pair whose keys are both there (and each `counts`), then,
    /// unless it held a pair, each object below it, the last found counting:
    /// the code, the message and the authorization message, as JSON.
    fn walked(
        &self,
        pairs: &[(&str, &str)],
        counts: &Counts<'_>,
        authorization_counts: &dyn Fn(&Value) -> bool,
    ) -> Result<[Option<Value>; 3], String> {
        struct Rules<'a> {
            pairs: &'a [(&'a str, &'a str)],
            counts: &'a Counts<'a>,
            authorization_counts: &'a dyn Fn(&Value) -> bool,
        }
        fn walk(
            object: &Map<String, Value>,
            rules: &Rules<'_>,
            found: &mut [Option<Value>; 3],
        ) -> Result<(), String> {
            let Rules {
                pairs,
                counts,
                authorization_counts,
            } = rules;
            if let Some(value) = object
                .get("encoded_authorization_message")
                .filter(|value| authorization_counts(value))
            {
                found[2] = Some(value.clone());
            }
            for (code, message) in *pairs {
                if let (Some(code), Some(message)) = (object.get(*code), object.get(*message)) {
                    if counts(code)? && counts(message)? {
                        found[0] = Some(code.clone());
                        found[1] = Some(message.clone());
                        return Ok(());
                    }
                }
            }
            for value in object.values() {
                if let Value::Object(inner) = value {
                    walk(inner, rules, found)?;
                }
            }
            Ok(())
        }
        let mut found = [None, None, None];
        if let Some(Value::Object(object)) = self.json {
            let rules = Rules {
                pairs,
                counts,
                authorization_counts,
            };
            walk(object, &rules, &mut found)?;
        }
        Ok(found)
    }

    /// `ExceptionUtil.ts`: `error.code ?? error_code`, `error.message ??
    /// error_msg`, else axios's own message.
    fn nodejs(&self) -> Report {
        let client_text = format!("Request failed with status code {}", self.status_text());
        let Some(Value::Object(data)) = self.json else {
            if self.json == Some(&Value::Null) {
                return Report::Fails("TypeError".to_owned());
            }
            return report(None, Some(client_text), self.response.request_id, None);
        };
        let error = data.get("error").and_then(Value::as_object);
        let either = |nested: &str, top: &str| {
            error
                .and_then(|error| error.get(nested))
                .filter(|value| !value.is_null())
                .or_else(|| data.get(top).filter(|value| !value.is_null()))
                .map(plain)
        };
        report(
            either("code", "error_code"),
            either("message", "error_msg").or(Some(client_text)),
            self.response.request_id,
            either(
                "encoded_authorization_message",
                "encoded_authorization_message",
            ),
        )
    }

    /// `ExceptionUtils.cs`: the top read into a type whose fields match any
    /// case; without both a code and a message there, pairs by the keys'
    /// presence below; the body when there is no message, the code then
    /// dropped.
    fn dotnet(&self) -> Report {
        let header = self.response.request_id;
        if self.response.content_type == Some("application/xml") {
            // The `<Error>` shape `ApiError` reads too, with no request id
            // from the header.
            let error: ief_errors::ApiError = ief_errors::ApiError::from_body(self.response.body);
            if error.code().is_none() {
                return report(
                    None,
                    Some("(its XML reader's error text)".to_owned()),
                    None,
                    None,
                );
            }
            return report(
                error.code().map(str::to_owned),
                Some(error.message().to_owned()),
                error.request_id(),
                error.encoded_authorization_message().map(str::to_owned),
            );
        }
        let object = match self.json {
            Some(Value::Object(object)) => object,
            Some(_) => return report(None, Some("(Json.NET's error text)".to_owned()), None, None),
            None if self.text.is_empty() => return report(None, Some(String::new()), header, None),
            None => return report(None, Some(self.text.to_owned()), header, None),
        };
        let top = |key: &str| {
            object
                .get(key)
                .or_else(|| {
                    object
                        .iter()
                        .find(|(name, _)| name.eq_ignore_ascii_case(key))
                        .map(|(_, value)| value)
                })
                .filter(|value| !value.is_null())
                .map(plain)
        };
        let (code, message) = (top("error_code"), top("error_msg"));
        if code.as_deref().is_some_and(|code| !code.is_empty())
            && message
                .as_deref()
                .is_some_and(|message| !message.is_empty())
        {
            let request_id = top("request_id").filter(|id| !id.is_empty());
            return report(
                code,
                message,
                request_id.as_deref().or(header),
                top("encoded_authorization_message"),
            );
        }
        let pairs = [("error_code", "error_msg"), ("code", "message")];
        // `JToken.ToString()`: a string as it is, `null` as nothing.
        let text = |value: Option<Value>| {
            value.map(|value| {
                if value.is_null() {
                    String::new()
                } else {
                    plain(&value)
                }
            })
        };
        let [code, message, authorization] = self
            .walked(&pairs, &|_| Ok(true), &|_| true)
            .unwrap_or_default();
        let (code, message, authorization) = (text(code), text(message), text(authorization));
        match message {
            // No pair anywhere: the body as the message, the rest kept.
            None => report(code, Some(self.text.to_owned()), header, authorization),
            // A pair with an empty message: a new error of the body alone.
            Some(message) if message.is_empty() => {
                report(None, Some(self.text.to_owned()), header, None)
            }
            Some(message) => report(code, Some(message), header, authorization),
        }
    }

    /// `HttpClient.php`: three pairs at the top, four one level down or in
    /// an array's first element, the last counting; the status and the body
    /// for a body it cannot decode, the body as the request id otherwise.
    /// The request id from a header named exactly `X-Request-Id`.
    fn php(&self) -> Report {
        let header = self.response.x_request_id_in_its_case;
        let decoded_to_nothing = match self.json {
            None | Some(Value::Null) => true,
            Some(Value::Bool(flag)) => !flag,
            Some(Value::Number(number)) => number.as_f64() == Some(0.0),
            Some(Value::String(text)) => text.is_empty(),
            Some(Value::Array(items)) => items.is_empty(),
            Some(Value::Object(members)) => members.is_empty(),
        };
        if decoded_to_nothing {
            return report(
                Some(self.status_text()),
                Some(self.text.to_owned()),
                header,
                None,
            );
        }
        let pair = |container: &Value,
                    pairs: &[(&str, &str)]|
         -> Result<Option<(String, String)>, String> {
            for (code, message) in pairs {
                if let (Some(code), Some(message)) =
                    (set(container.get(code)), set(container.get(message)))
                {
                    if code.is_object()
                        || code.is_array()
                        || message.is_object()
                        || message.is_array()
                    {
                        return Err("TypeError".to_owned());
                    }
                    return Ok(Some((plain(code), plain(message))));
                }
            }
            Ok(None)
        };
        let top_pairs = [
            ("error_code", "error_msg"),
            ("code", "message"),
            ("errorCode", "message"),
        ];
        let nested_pairs = [
            ("code", "message"),
            ("code", "details"),
            ("error_code", "error_msg"),
            ("errorCode", "message"),
        ];
        let json = self.json.unwrap_or(&Value::Null);
        let found = match pair(json, &top_pairs) {
            Err(thrown) => return Report::Fails(thrown),
            Ok(Some(found)) => Some((Some(found.0), Some(found.1))),
            Ok(None) => {
                let entries: Vec<&Value> = match json {
                    Value::Object(members) => members.values().collect(),
                    Value::Array(items) => items.iter().collect(),
                    _ => Vec::new(),
                };
                let mut last = None;
                for entry in entries
                    .into_iter()
                    .filter(|entry| entry.is_object() || entry.is_array())
                {
                    match pair(entry, &nested_pairs) {
                        Err(thrown) => return Report::Fails(thrown),
                        Ok(Some(found)) => last = Some((Some(found.0), Some(found.1))),
                        Ok(None) => {
                            let first = match entry {
                                Value::Array(items) => items.first(),
                                _ => None,
                            };
                            let empty = match entry {
                                Value::Array(items) => items.is_empty(),
                                Value::Object(members) => members.is_empty(),
                                _ => true,
                            };
                            if !empty {
                                let field = |key: &str| {
                                    first.and_then(|first| set(first.get(key))).map(plain)
                                };
                                last = Some((field("error_code"), field("error_msg")));
                            }
                        }
                    }
                }
                last
            }
        };
        match found {
            Some((code, Some(message))) => report(code, Some(message), header, None),
            _ => report(None, None, Some(self.text), None),
        }
    }

    /// `HttpClient.cpp`: every key at the top, in sorted order, the last
    /// counting; any other key's value read as an object for a code and a
    /// message one level down. C++ keeps each value as its JSON, a string's
    /// quotes too (`"IEF.100004"`); the model leaves them out, so that only
    /// what it reads differently shows.
    fn cpp(&self) -> Report {
        let Some(json) = self.json else {
            return Report::Fails("web::json::json_exception".to_owned());
        };
        let Value::Object(object) = json else {
            return Report::Fails("web::json::json_exception".to_owned());
        };
        let mut keys: Vec<&String> = object.keys().collect();
        keys.sort();
        let mut fields: [Option<String>; 4] = [None, None, None, None];
        for key in keys {
            let value = &object[key.as_str()];
            match key.as_str() {
                "error_code" | "code" => fields[0] = Some(plain(value)),
                "error_msg" | "message" => fields[1] = Some(plain(value)),
                "request_id" => fields[2] = Some(plain(value)),
                "encoded_authorization_message" => fields[3] = Some(plain(value)),
                _ => {
                    let Value::Object(inner) = value else {
                        return Report::Fails("web::json::json_exception".to_owned());
                    };
                    for (key, value) in inner {
                        match key.as_str() {
                            "error_code" | "code" => fields[0] = Some(plain(value)),
                            "error_msg" | "message" => fields[1] = Some(plain(value)),
                            _ => {}
                        }
                    }
                }
            }
        }
        let [code, message, request_id, authorization] = fields;
        let request_id = request_id
            .filter(|id| !id.is_empty())
            .or_else(|| self.response.x_request_id_in_its_case.map(str::to_owned));
        Report::Error {
            code: Some(code.unwrap_or_default()),
            message: Some(message.unwrap_or_default()),
            request_id,
            authorization,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The code each SDK reports for `body`, in the README's order; a
    /// failure as `!`.
    fn codes(body: &str, x_request_id_in_its_case: Option<&str>) -> Vec<String> {
        let response = Response {
            status: Some(400),
            request_id: Some("r"),
            x_request_id_in_its_case,
            content_type: None,
            body: body.as_bytes(),
        };
        reports(&response)
            .into_iter()
            .map(|(_, report)| match report {
                Report::Error { code, .. } => code.unwrap_or_default(),
                Report::Fails(_) => "!".to_owned(),
            })
            .collect()
    }

    #[test]
    fn each_model_reads_beyond_json_what_its_sdks_reader_reads() {
        // Go, Python, Java, Node.js, .NET, PHP, C++.
        assert_eq!(
            codes(
                r#"{"error_code":"S.1","error_msg":"half \ud800 pair"}"#,
                None
            ),
            ["S.1", "S.1", "S.1", "S.1", "S.1", "400", "!"]
        );
        assert_eq!(
            codes("{\"error_code\":\"C.1\",\"error_msg\":\"raw\nline\"}", None),
            ["", "400", "C.1", "", "C.1", "400", "!"]
        );
        assert_eq!(
            codes(r#"{"error_code":"N.1","error_msg":"m","r":NaN}"#, None),
            ["", "N.1", "", "", "N.1", "400", "!"]
        );
        assert_eq!(
            codes(r#"{"error_code":"T.1","error_msg":"m"} trailing"#, None),
            ["", "400", "T.1", "", "", "400", "!"]
        );
    }

    #[test]
    fn php_and_cpp_find_x_request_id_only_in_its_case() {
        let request_ids = |in_its_case| {
            let response = Response {
                status: Some(400),
                request_id: Some("r"),
                x_request_id_in_its_case: in_its_case,
                content_type: None,
                body: br#"{"error_code":"X.1","error_msg":"m"}"#,
            };
            reports(&response)
                .into_iter()
                .map(|(_, report)| match report {
                    Report::Error { request_id, .. } => request_id,
                    Report::Fails(_) => None,
                })
                .collect::<Vec<_>>()
        };
        let r = Some("r".to_owned());
        assert_eq!(
            request_ids(Some("r")),
            [
                r.clone(),
                r.clone(),
                r.clone(),
                r.clone(),
                r.clone(),
                r.clone(),
                r.clone()
            ]
        );
        assert_eq!(
            request_ids(None),
            [r.clone(), r.clone(), r.clone(), r.clone(), r, None, None]
        );
    }
}

//! What each official Huawei Cloud SDK would report for a captured error
//! response, for `decode` to show where it differs from `ApiError`.
//!
//! Each function restates the SDK's error handling as its source reads (the
//! files and commits `tests/sdk_parity.rs` names), on a `serde_json::Value`
//! with the body's key order: a model, not the SDK, but one that follows
//! its rules, its fallbacks and the places it fails.

use serde_json::{Map, Value};

/// The status in a report when `decode` does not know it.
pub(crate) const UNKNOWN_STATUS: &str = "(the status)";

/// A captured response, as the SDKs see it.
pub(crate) struct Response<'a> {
    pub(crate) status: Option<u16>,
    /// `X-Request-Id`.
    pub(crate) request_id: Option<&'a str>,
    /// Another `X-...-Request-Id`, which one release of PHP's SDK reads.
    pub(crate) other_request_id: Option<&'a str>,
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
    let json = match serde_json::from_str::<Value>(&text) {
        Ok(json) => Some(json),
        // Past 128 levels `serde_json` stops, and the model with it: Go's
        // reader goes on (every other SDK stops sooner).
        Err(error) if error.to_string().starts_with("recursion limit exceeded") => {
            return Vec::new();
        }
        Err(_) => None,
    };
    let read = Read {
        response,
        text: &text,
        json: json.as_ref(),
    };
    vec![
        ("Go", read.go()),
        ("Python", read.python()),
        ("Java", read.java()),
        ("Node.js", read.nodejs()),
        (".NET", read.dotnet()),
        ("PHP", read.php()),
        ("C++", read.cpp()),
    ]
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
        match message.filter(|message| !message.is_empty()) {
            Some(message) => report(code, Some(message), header, authorization),
            None => report(None, Some(self.text.to_owned()), header, None),
        }
    }

    /// `HttpClient.php`: three pairs at the top, four one level down or in
    /// an array's first element, the last counting; the status and the body
    /// for a body it cannot decode, the body as the request id otherwise.
    /// The request id as the release that reads any `X-...-Request-Id` does.
    fn php(&self) -> Report {
        let header = self.response.request_id.or(self.response.other_request_id);
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
            .or_else(|| self.response.request_id.map(str::to_owned));
        Report::Error {
            code: Some(code.unwrap_or_default()),
            message: Some(message.unwrap_or_default()),
            request_id,
            authorization,
        }
    }
}

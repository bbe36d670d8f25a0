//! An error of the macro's own, at a place in the invocation, and the
//! `compile_error!` that reports it there.

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

/// What is wrong, and where: one span, or the first and last of a range.
#[derive(Debug)]
pub(crate) struct Error {
    start: Span,
    end: Span,
    pub(crate) message: String,
}

pub(crate) type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub(crate) fn new(span: Span, message: impl Into<String>) -> Self {
        Error {
            start: span,
            end: span,
            message: message.into(),
        }
    }

    /// `::core::compile_error! { "message" }`, its path on the first span
    /// and its argument on the last, so the compiler points at the range.
    pub(crate) fn to_compile_error(&self) -> TokenStream {
        let punct = |character: char, spacing: Spacing| {
            let mut punct = Punct::new(character, spacing);
            punct.set_span(self.start);
            TokenTree::Punct(punct)
        };
        let mut message = Literal::string(&self.message);
        message.set_span(self.end);
        let mut argument = Group::new(Delimiter::Brace, TokenTree::Literal(message).into());
        argument.set_span(self.end);
        TokenStream::from_iter([
            punct(':', Spacing::Joint),
            punct(':', Spacing::Alone),
            TokenTree::Ident(Ident::new("core", self.start)),
            punct(':', Spacing::Joint),
            punct(':', Spacing::Alone),
            TokenTree::Ident(Ident::new("compile_error", self.start)),
            punct('!', Spacing::Alone),
            TokenTree::Group(argument),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_error_is_a_compile_error_call_with_the_message_as_a_literal() {
        let error = Error::new(Span::call_site(), "a \"quoted\" {} message");
        assert_eq!(
            error.to_compile_error().to_string(),
            ":: core :: compile_error ! { \"a \\\"quoted\\\" {} message\" }"
        );
    }
}

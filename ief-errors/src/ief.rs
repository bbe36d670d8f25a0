crate::ief_errors! {
    /// The error codes of Huawei Cloud Intelligent EdgeFabric (IEF), as
    /// published on 2025-08-26: 149 codes, each with its HTTP status, English
    /// and Chinese messages, and remediation.
    ///
    /// Generated from the crate's `data/codes.toml`. Each variant's page shows
    /// everything the table says about it. The service adds codes over time,
    /// so the enum is `#[non_exhaustive]`: parse codes with
    /// [`from_code`](Self::from_code) and expect `None` for new ones (the API
    /// gateway in front of IEF also answers with its own `APIGW.*` codes).
    ///
    /// ```
    /// use ief_errors::{IefError, Lang};
    ///
    /// let error = IefError::from_code("IEF.310002").unwrap();
    /// assert_eq!(error, IefError::TokenExpired);
    /// assert_eq!(error.code(), "IEF.310002");
    /// assert_eq!(error.status(), 400);
    /// assert_eq!(error.message(Lang::Zh), "token已过期");
    /// assert_eq!(error.remediation(Lang::En), "Obtain a new token.");
    /// assert_eq!(IefError::ALL.len(), 149);
    /// ```
    #[non_exhaustive]
    pub enum IefError from "data/codes.toml";
}

// The facade alone may implement foreign traits for its own enum, so it gives
// `IefError` every integration whose feature is on. Not `http`'s inherent
// `status_code`: an inherent method that appears with a feature would take
// the place of a trait method a crate calls by that name; `HttpStatus`
// serves `IefError` instead.
#[cfg(feature = "serde")]
crate::__ief_errors_impl_serde!(
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    IefError
);
#[cfg(feature = "miette")]
crate::__ief_errors_impl_miette!(
    #[cfg_attr(docsrs, doc(cfg(feature = "miette")))]
    IefError
);

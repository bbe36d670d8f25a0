//! The date rules: a page older than the one the table was last imported
//! from is refused, and so is a page dated after today.

use std::time::{SystemTime, UNIX_EPOCH};

use super::Args;
use crate::commands::{Failure, shown, warn};
use crate::escape::{escape_live, quoted};
use crate::page::{self, Page, PageLanguage};
use crate::record;

/// Today as days since 1970-01-01 in UTC, from the system clock; `None`
/// for a clock set before 1970.
fn today_in_utc() -> Option<u64> {
    let since_1970 = SystemTime::now().duration_since(UNIX_EPOCH).ok()?;
    Some(since_1970.as_secs() / 86_400)
}

impl Args {
    /// Refuses a page older than the table's record, unless asked not to.
    pub(super) fn check_page_date(
        &self,
        page: &Page,
        old: Option<&record::Record>,
    ) -> Result<(), Failure> {
        if let Some(unreadable) = &page.unreadable_date {
            warn(&format!(
                "the page's update time {} is not a YYYY-MM-DD date; its date is not recorded",
                quoted(unreadable)
            ));
        }
        self.check_page_not_from_the_future(page)?;
        let Some(old) = old else {
            return Ok(());
        };
        let refusal = match &page.updated {
            Some(date) if *date < old.date => format!(
                "the page is dated {date}, older than {}, the date of the page {} was last imported from ({})",
                old.date,
                shown(&self.table),
                escape_live(&old.source)
            ),
            Some(_) => return Ok(()),
            // Without a date the page may be older: refused as an older page
            // is, since the check cannot be made.
            None => format!(
                "the page gives no update date ({}), so it cannot be compared with {}, the date of the page {} was last imported from",
                match page.language {
                    PageLanguage::Chinese => "更新时间: YYYY-MM-DD",
                    PageLanguage::English => "Updated on YYYY-MM-DD",
                },
                old.date,
                shown(&self.table)
            ),
        };
        if !self.allow_older {
            return Err(Failure(vec![
                refusal,
                "nothing was written; pass --allow-older to import it anyway".to_owned(),
            ]));
        }
        warn(&format!("{refusal}; importing it as --allow-older asks"));
        Ok(())
    }

    /// Refuses a page dated after tomorrow in UTC (today somewhere east of
    /// it), unless asked not to: its date, once recorded, would make every
    /// genuine page look older.
    fn check_page_not_from_the_future(&self, page: &Page) -> Result<(), Failure> {
        let Some(date) = &page.updated else {
            return Ok(());
        };
        let today = today_in_utc();
        let Some(today_days) = today else {
            // A clock before 1970 tells nothing about the page.
            return Ok(());
        };
        if *date <= page::date_of_day(today_days + 1) {
            return Ok(());
        }
        let refusal = format!(
            "the page is dated {date}, after today ({} in UTC); recorded, that date would make every genuine page look older",
            page::date_of_day(today_days)
        );
        if !self.allow_future {
            return Err(Failure(vec![
                refusal,
                format!(
                    "nothing was written; check the page's {}, or pass --allow-future to import it anyway",
                    match page.language {
                        PageLanguage::Chinese => "更新时间",
                        PageLanguage::English => "Updated on",
                    }
                ),
            ]));
        }
        warn(&format!("{refusal}; importing it as --allow-future asks"));
        Ok(())
    }
}

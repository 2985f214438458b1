//! The national clouds Graph publishes a schema for: their names in
//! `#[graph_entity(clouds(…))]` and on the generator's command line, their Graph service
//! roots, and the schema file each publishes (`schemas/v1.0-<schema>.csdl` in
//! microsoftgraph/msgraph-metadata).
//!
//! Service roots: global, US Government L4 and L5 (DoD) and China from Graph's "National cloud
//! deployments" page (<https://learn.microsoft.com/en-us/graph/deployments>); Bleu, Delos and
//! GovSG from Microsoft Graph PowerShell's built-in environments (`Get-MgEnvironment`,
//! <https://learn.microsoft.com/en-us/powershell/module/microsoft.graph.authentication/get-mgenvironment>);
//! US Government Secret and Top Secret from Azure's published environment definitions for
//! those air-gapped clouds (`AzureUSNat`, `AzureUSSec`), which Graph's public pages do not list.

/// One national cloud.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CloudInfo {
    /// Its name in `clouds(…)`: `us_gov_l4`.
    pub name: &'static str,
    /// The runtime's `Cloud` variant: `UsGovL4`.
    pub variant: &'static str,
    /// Its name as Graph's pages write it: "US Government L4".
    pub title: &'static str,
    /// The Graph service root, without a trailing slash.
    pub base_url: &'static str,
    /// The schema file it publishes: `Fairfax` for `v1.0-Fairfax.csdl`.
    pub schema: &'static str,
    /// Other names people use for it, for "did you mean" (lowercase).
    pub aliases: &'static [&'static str],
}

/// Every cloud Graph publishes a schema for, the global service first.
pub const CLOUDS: [CloudInfo; 9] = [
    CloudInfo {
        name: "global",
        variant: "Global",
        title: "Global service",
        base_url: "https://graph.microsoft.com",
        schema: "Prod",
        aliases: &[
            "public",
            "commercial",
            "worldwide",
            "microsoft_graph",
            "prod",
            "gcc",
        ],
    },
    CloudInfo {
        name: "us_gov_l4",
        variant: "UsGovL4",
        title: "US Government L4",
        base_url: "https://graph.microsoft.us",
        schema: "Fairfax",
        aliases: &["gcc_high", "gcchigh", "us_gov", "usgov", "l4", "fairfax"],
    },
    CloudInfo {
        name: "us_gov_l5_dod",
        variant: "UsGovL5Dod",
        title: "US Government L5 (DOD)",
        base_url: "https://dod-graph.microsoft.us",
        schema: "Fairfax",
        aliases: &["dod", "us_dod", "l5", "us_gov_l5", "us_gov_dod", "usgovdod"],
    },
    CloudInfo {
        name: "china",
        variant: "China",
        title: "China operated by 21Vianet",
        base_url: "https://microsoftgraph.chinacloudapi.cn",
        schema: "Mooncake",
        aliases: &["21vianet", "mooncake", "china_21vianet", "cn"],
    },
    CloudInfo {
        name: "us_nat",
        variant: "UsNat",
        title: "US Government Secret",
        base_url: "https://graph.eaglex.ic.gov",
        schema: "USNat",
        aliases: &["usnat", "us_secret", "secret", "azureusnat"],
    },
    CloudInfo {
        name: "us_sec",
        variant: "UsSec",
        title: "US Government Top Secret",
        base_url: "https://graph.microsoft.scloud",
        schema: "USSec",
        aliases: &["ussec", "us_top_secret", "top_secret", "azureussec"],
    },
    CloudInfo {
        name: "bleu",
        variant: "Bleu",
        title: "Bleu (France)",
        base_url: "https://graph.svc.sovcloud.fr",
        schema: "Bleu",
        aliases: &["bleucloud", "france", "fr"],
    },
    CloudInfo {
        name: "delos",
        variant: "Delos",
        title: "Delos (Germany)",
        base_url: "https://graph.svc.sovcloud.de",
        schema: "Delos",
        aliases: &["deloscloud", "germany", "de"],
    },
    CloudInfo {
        name: "gov_sg",
        variant: "GovSg",
        title: "Singapore Government (GovSG)",
        base_url: "https://graph.svc.sovcloud.sg",
        schema: "GovSG",
        aliases: &["govsg", "govsgcloud", "singapore", "sg"],
    },
];

/// The names of [`CLOUDS`], in order.
pub const CLOUD_NAMES: [&str; 9] = [
    "global",
    "us_gov_l4",
    "us_gov_l5_dod",
    "china",
    "us_nat",
    "us_sec",
    "bleu",
    "delos",
    "gov_sg",
];

/// The `clouds(…)` name of a cloud called by another of its names (`gcc_high`, `mooncake`),
/// for "did you mean".
pub fn cloud_for_alias(name: &str) -> Option<&'static str> {
    let name = name.to_ascii_lowercase();
    CLOUDS
        .iter()
        .find(|cloud| cloud.aliases.contains(&name.as_str()))
        .map(|cloud| cloud.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_table_agree() {
        for (position, cloud) in CLOUDS.iter().enumerate() {
            assert_eq!(CLOUD_NAMES.get(position), Some(&cloud.name));
            assert!(cloud.base_url.starts_with("https://") && !cloud.base_url.ends_with('/'));
        }
    }

    #[test]
    fn aliases_are_unique_and_lowercase() {
        let mut seen = std::collections::HashSet::new();
        for alias in CLOUDS.iter().flat_map(|cloud| cloud.aliases) {
            assert_eq!(alias.to_ascii_lowercase(), *alias);
            assert!(seen.insert(*alias), "{alias} twice");
            assert!(!CLOUD_NAMES.contains(alias), "{alias} is a name");
        }
        assert_eq!(cloud_for_alias("GCC_High"), Some("us_gov_l4"));
        assert_eq!(cloud_for_alias("mars"), None);
    }
}

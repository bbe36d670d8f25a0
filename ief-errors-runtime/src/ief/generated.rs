// @generated from data/codes.toml by ief-errors-table; do not edit.
// Refresh: IEF_ERRORS_REGENERATE=1 cargo test -p ief-errors-table --test shipped_enum

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
/// With the `serde` feature it serializes and deserializes as its code; with
/// `miette` it is a `miette::Diagnostic` (the code, and the remediation as
/// help); with `http` it has `status_code()` through `HttpStatus`; with `axum`
/// it is a response.
///
/// ```
/// # extern crate ief_errors_runtime as ief_errors;
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
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord
)]
#[repr(u8)]
pub enum IefError {
    /** `IEF.011002` · HTTP 400 · The API is not registered\.

 | Code | `IEF.011002` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The API is not registered\. |
 | 描述 | API未注册 |
 | Remediation | Check that the request URL is spelled correctly\. If it is correct, contact technical support\. |
 | 处理措施 | 确认请求的url是否拼写正确,如果确认使用正确,请联系技术支持工程师协助解决 |*/
    #[doc(alias = r"IEF.011002", alias = r"011002")]
    ApiNotRegistered,
    /** `IEF.011005` · HTTP 400 · Authentication failed\.

 | Code | `IEF.011005` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | auth |
 | Message | Authentication failed\. |
 | 描述 | 认证鉴权失败 |
 | Remediation | Obtain the token with the tenant\'s project\_id and try again\. If the token is correct, contact technical support\. |
 | 处理措施 | 确认用租户的project\_id获取token后重试。如果确认token正确,请联系技术支持工程师协助解决 |*/
    #[doc(alias = r"IEF.011005", alias = r"011005")]
    AuthenticationFailed,
    /** `IEF.100004` · HTTP 400 · The request offset does not comply with specifications\.

 | Code | `IEF.100004` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The request offset does not comply with specifications\. |
 | 描述 | 请求offset不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.100004", alias = r"100004")]
    InvalidOffset,
    /** `IEF.100005` · HTTP 400 · The request limit does not comply with specifications\.

 | Code | `IEF.100005` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The request limit does not comply with specifications\. |
 | 描述 | 请求limit不符合规范 |
 | Remediation | Read the error details in the response body, correct the parameter values for the specific cause, and try again\. |
 | 处理措施 | 查看请求返回体的错误信息,请根据具体失败原因,修改参数值后重试。 |*/
    #[doc(alias = r"IEF.100005", alias = r"100005")]
    InvalidLimit,
    /** `IEF.100009` · HTTP 400 · The attached volume does not meet specifications\.

 | Code | `IEF.100009` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The attached volume does not meet specifications\. |
 | 描述 | 挂载卷不符合规范 |
 | Remediation | Specify a valid volume type as specified\. |
 | 处理措施 | 按照规范正确填写卷类型 |*/
    #[doc(alias = r"IEF.100009", alias = r"100009")]
    InvalidVolume,
    /** `IEF.100010` · HTTP 400 · The application version does not meet specifications\.

 | Code | `IEF.100010` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The application version does not meet specifications\. |
 | 描述 | 应用版本不符合规范 |
 | Remediation | Specify a valid version name for the application version as specified\. |
 | 处理措施 | 按照规范正确填写应用版本的版本名称 |*/
    #[doc(alias = r"IEF.100010", alias = r"100010")]
    InvalidAppVersion,
    /** `IEF.100011` · HTTP 400 · The application template name does not comply with the specifications\.

 | Code | `IEF.100011` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The application template name does not comply with the specifications\. |
 | 描述 | 应用模板命名不符合规范 |
 | Remediation | Specify a valid application template name as specified and try again\. |
 | 处理措施 | 请按照规范正确填写应用模板名称后重试 |*/
    #[doc(alias = r"IEF.100011", alias = r"100011")]
    InvalidAppTemplateName,
    /** `IEF.100012` · HTTP 400 · The resource name does not comply with the specifications\.

 | Code | `IEF.100012` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The resource name does not comply with the specifications\. |
 | 描述 | 资源命名不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.100012", alias = r"100012")]
    InvalidResourceName,
    /** `IEF.100013` · HTTP 400 · The environment variable of the application version does not comply with the specifications\.

 | Code | `IEF.100013` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The environment variable of the application version does not comply with the specifications\. |
 | 描述 | 应用版本环境变量不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.100013", alias = r"100013")]
    InvalidAppVersionEnv,
    /** `IEF.100020` · HTTP 400 · The application icon storage URL does not meet specifications\.

 | Code | `IEF.100020` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The application icon storage URL does not meet specifications\. |
 | 描述 | 应用图标存储url地址不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.100020", alias = r"100020")]
    InvalidAppIconUrl,
    /** `IEF.100021` · HTTP 400 · The description or remarks of the device binding node do not comply with the specifications\.

 | Code | `IEF.100021` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The description or remarks of the device binding node do not comply with the specifications\. |
 | 描述 | 设备绑定节点,绑定关系描述或备注不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.100021", alias = r"100021")]
    InvalidDeviceBindingDescription,
    /** `IEF.100040` · HTTP 400 · Invalid image path

 | Code | `IEF.100040` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Invalid image path |
 | 描述 | 镜像地址无效 |
 | Remediation | Specify a correct image address and try again\. |
 | 处理措施 | 请填写正确的镜像地址后重试 |*/
    #[doc(alias = r"IEF.100040", alias = r"100040")]
    InvalidImagePath,
    /** `IEF.100047` · HTTP 400 · The application template visualization parameter type is not supported\.

 | Code | `IEF.100047` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The application template visualization parameter type is not supported\. |
 | 描述 | 应用模板可视化参数类型不支持 |
 | Remediation | Fill in the value as specified\. The template visibility attribute supports only public/private/shared, or may be left empty\. |
 | 处理措施 | 按照规范正确填写,模板可见性属性值仅支持public/private/shared或不填 |*/
    #[doc(alias = r"IEF.100047", alias = r"100047")]
    UnsupportedTemplateVisibility,
    /** `IEF.100057` · HTTP 400 · Device should not exist at the same time\.

 | Code | `IEF.100057` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Device should not exist at the same time\. |
 | 描述 | 设备同时存在于添加和删除列表中 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。 |*/
    #[doc(alias = r"IEF.100057", alias = r"100057")]
    DeviceBothAddedAndRemoved,
    /** `IEF.100058` · HTTP 400 · The device has been bound to a node\.

 | Code | `IEF.100058` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The device has been bound to a node\. |
 | 描述 | 设备已经绑定节点 |
 | Remediation | Unbind the node from the device first, then delete the device\. |
 | 处理措施 | 先解绑设备上的节点,再执行删除设备操作 |*/
    #[doc(alias = r"IEF.100058", alias = r"100058")]
    DeviceBoundToNode,
    /** `IEF.100065` · HTTP 400 · The system subscription ID does not meet requirements\.

 | Code | `IEF.100065` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The system subscription ID does not meet requirements\. |
 | 描述 | 系统订阅ID不符合规范 |
 | Remediation | Check the requirements in the API reference, specify a valid message topic as specified, and try again\. |
 | 处理措施 | 查看接口文档要求,按照规范正确填写消息主题后重试 |*/
    #[doc(alias = r"IEF.100065", alias = r"100065")]
    InvalidSystemSubscriptionId,
    /** `IEF.100067` · HTTP 400 · The node cannot be deleted because it has bound devices\.

 | Code | `IEF.100067` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The node cannot be deleted because it has bound devices\. |
 | 描述 | 节点存在绑定的设备,不允许删除 |
 | Remediation | Log in to the IEF console, open the node management page, find the node, open its details page, check whether devices are bound to it, unbind them, and delete the node again\. |
 | 处理措施 | 登录IEF控制台,进入节点管理页面,找到需要操作的节点,进入节点详情页,确认是否已绑定设备,解绑设备后,重新执行删除节点操作 |*/
    #[doc(alias = r"IEF.100067", alias = r"100067")]
    NodeHasBoundDevices,
    /** `IEF.100100` · HTTP 400 · The request parameter is incorrect\.

 | Code | `IEF.100100` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The request parameter is incorrect\. |
 | 描述 | 请求参数存在错误 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.100100", alias = r"100100")]
    InvalidRequestParameter,
    /** `IEF.100103` · HTTP 400 · Node group cert quota exceed\.

 | Code | `IEF.100103` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Node group cert quota exceed\. |
 | 描述 | 节点组证书资源超过配额上限 |
 | Remediation | Correct the parameter values according to the error details in the response body, make sure the quota is sufficient, and try again\. |
 | 处理措施 | 请根据返回体中的错误详细原因,修改参数值,确保配额充足再重试。 |*/
    #[doc(alias = r"IEF.100103", alias = r"100103")]
    NodeGroupCertQuotaExceeded,
    /** `IEF.100112` · HTTP 400 · The configmap/secret of the mounted volume is incorrect\.

 | Code | `IEF.100112` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The configmap/secret of the mounted volume is incorrect\. |
 | 描述 | 挂载卷的configmap/secret存在错误 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.100112", alias = r"100112")]
    InvalidVolumeConfigMapOrSecret,
    /** `IEF.100113` · HTTP 400 · The resource configuration of the application version does not comply with the specifications\.

 | Code | `IEF.100113` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The resource configuration of the application version does not comply with the specifications\. |
 | 描述 | 应用版本资源配置不符合规范 |
 | Remediation | Specify a valid resource configuration for the application version as specified\. |
 | 处理措施 | 按照规范正确填写应用版本资源配置 |*/
    #[doc(alias = r"IEF.100113", alias = r"100113")]
    InvalidAppVersionResources,
    /** `IEF.100119` · HTTP 400 · The name of the application configuration item does not comply with the specifications\.

 | Code | `IEF.100119` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The name of the application configuration item does not comply with the specifications\. |
 | 描述 | 应用配置项命名不符合规范 |
 | Remediation | Specify a valid configuration item name as specified\. |
 | 处理措施 | 按照规范正确填写配置项命名 |*/
    #[doc(alias = r"IEF.100119", alias = r"100119")]
    InvalidConfigMapName,
    /** `IEF.100120` · HTTP 400 · The key of the application configuration item does not comply with the specifications\.

 | Code | `IEF.100120` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The key of the application configuration item does not comply with the specifications\. |
 | 描述 | 应用配置项键不符合规范 |
 | Remediation | Specify a valid configuration item data key as specified\. |
 | 处理措施 | 按照规范正确填写配置项数据key |*/
    #[doc(alias = r"IEF.100120", alias = r"100120")]
    InvalidConfigMapKey,
    /** `IEF.100121` · HTTP 400 · The value of the application configuration item does not meet the specifications\.

 | Code | `IEF.100121` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The value of the application configuration item does not meet the specifications\. |
 | 描述 | 应用配置项值不符合规范 |
 | Remediation | Specify a valid configuration item data value as specified\. |
 | 处理措施 | 按照规范正确填写配置项数据value |*/
    #[doc(alias = r"IEF.100121", alias = r"100121")]
    InvalidConfigMapValue,
    /** `IEF.100122` · HTTP 400 · The configuration data of the application configuration item does not comply with the specifications\.

 | Code | `IEF.100122` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The configuration data of the application configuration item does not comply with the specifications\. |
 | 描述 | 应用配置项配置数据不符合规范 |
 | Remediation | Specify valid configuration item data as specified\. |
 | 处理措施 | 按照规范正确填写配置项数据 |*/
    #[doc(alias = r"IEF.100122", alias = r"100122")]
    InvalidConfigMapData,
    /** `IEF.100126` · HTTP 400 · Deployment quota exceeded limit\.

 | Code | `IEF.100126` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Deployment quota exceeded limit\. |
 | 描述 | 部署信息超过配额上限 |
 | Remediation | Correct the parameter values according to the error details in the response body, make sure the quota is sufficient, and try again\. |
 | 处理措施 | 请根据返回体中的错误详细原因,修改参数值,确保配额充足再重试。 |*/
    #[doc(alias = r"IEF.100126", alias = r"100126")]
    DeploymentQuotaExceeded,
    /** `IEF.100129` · HTTP 400 · Missing ID list\.

 | Code | `IEF.100129` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Missing ID list\. |
 | 描述 | 设备绑定节点必须包含节点列表 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。 |*/
    #[doc(alias = r"IEF.100129", alias = r"100129")]
    MissingNodeIdList,
    /** `IEF.100130` · HTTP 400 · Add device missing relation description\.

 | Code | `IEF.100130` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Add device missing relation description\. |
 | 描述 | 添加节点参数缺失 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。 |*/
    #[doc(alias = r"IEF.100130", alias = r"100130")]
    MissingDeviceRelationDescription,
    /** `IEF.100133` · HTTP 400 · The probe configuration of the application version does not meet specifications\.

 | Code | `IEF.100133` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The probe configuration of the application version does not meet specifications\. |
 | 描述 | 应用版本探针配置不符合规范 |
 | Remediation | Specify valid probe attributes as specified\. Only the three attributes exec, http\_get and tcp\_socket\_port are supported\. |
 | 处理措施 | 按照规范正确填写探针属性,仅支持exec/http\_get/tcp\_socket\_port三个属性 |*/
    #[doc(alias = r"IEF.100133", alias = r"100133")]
    InvalidAppVersionProbe,
    /** `IEF.100136` · HTTP 400 · The node which the device binding is not running\.

 | Code | `IEF.100136` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The node which the device binding is not running\. |
 | 描述 | 设备绑定的节点未运行,不允许变更 |
 | Remediation | Make sure the node is running normally and try again\. |
 | 处理措施 | 请确认节点正常运行后重试。 |*/
    #[doc(alias = r"IEF.100136", alias = r"100136")]
    BoundNodeNotRunning,
    /** `IEF.100139` · HTTP 400 · The number of twin of device must be lower 64\.

 | Code | `IEF.100139` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The number of twin of device must be lower 64\. |
 | 描述 | 单个设备的设备孪生属性信息不能多于64个 |
 | Remediation | Correct the parameter values according to the error details in the response body, make sure the quota is sufficient, and try again\. |
 | 处理措施 | 请根据返回体中的错误详细原因,修改参数值,确保配额充足再重试。 |*/
    #[doc(alias = r"IEF.100139", alias = r"100139")]
    TooManyDeviceTwins,
    /** `IEF.100144` · HTTP 400 · Device is not allowed to bind node

 | Code | `IEF.100144` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Device is not allowed to bind node |
 | 描述 | 该类型设备无法绑定到节点 |
 | Remediation | Make sure the device type is correct and try again\. |
 | 处理措施 | 请确认设备类型正确后重试。 |*/
    #[doc(alias = r"IEF.100144", alias = r"100144")]
    DeviceCannotBindNode,
    /** `IEF.100148` · HTTP 400 · The name of the application key does not comply with the specifications\.

 | Code | `IEF.100148` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The name of the application key does not comply with the specifications\. |
 | 描述 | 应用密钥命名不符合规范 |
 | Remediation | Specify a valid secret name as specified\. |
 | 处理措施 | 按照规范正确填写密钥名称 |*/
    #[doc(alias = r"IEF.100148", alias = r"100148")]
    InvalidSecretName,
    /** `IEF.100149` · HTTP 400 · The application key data is invalid\.

 | Code | `IEF.100149` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The application key data is invalid\. |
 | 描述 | 应用密钥数据不符合无效 |
 | Remediation | Specify valid secret data as specified\. |
 | 处理措施 | 按照规范正确填写密钥数据 |*/
    #[doc(alias = r"IEF.100149", alias = r"100149")]
    InvalidSecretData,
    /** `IEF.100150` · HTTP 400 · The application key data type does not meet specifications\.

 | Code | `IEF.100150` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The application key data type does not meet specifications\. |
 | 描述 | 应用密钥数据类型不符合规范 |
 | Remediation | Specify a valid secret type as specified\. |
 | 处理措施 | 按照规范正确填写密钥类型 |*/
    #[doc(alias = r"IEF.100150", alias = r"100150")]
    InvalidSecretType,
    /** `IEF.100151` · HTTP 400 · The application key does not comply with the specifications\.

 | Code | `IEF.100151` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The application key does not comply with the specifications\. |
 | 描述 | 应用密钥键不符合规范 |
 | Remediation | Specify a valid secret key as specified\. |
 | 处理措施 | 按照规范正确填写密钥键 |*/
    #[doc(alias = r"IEF.100151", alias = r"100151")]
    InvalidSecretKey,
    /** `IEF.100152` · HTTP 400 · The application key value does not meet specifications\.

 | Code | `IEF.100152` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The application key value does not meet specifications\. |
 | 描述 | 应用密钥值不符合规范 |
 | Remediation | Specify a valid secret value as specified\. |
 | 处理措施 | 按照规范正确填写密钥值 |*/
    #[doc(alias = r"IEF.100152", alias = r"100152")]
    InvalidSecretValue,
    /** `IEF.100155` · HTTP 400 · The key is in use and cannot be deleted\.

 | Code | `IEF.100155` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The key is in use and cannot be deleted\. |
 | 描述 | 密钥在使用中,不允许删除 |
 | Remediation | Stop using the secret first, then delete it\. |
 | 处理措施 | 先停止密钥的使用,再执行删除密钥的动作 |*/
    #[doc(alias = r"IEF.100155", alias = r"100155")]
    SecretInUse,
    /** `IEF.100159` · HTTP 400 · The application configuration item is in use and cannot be deleted\.

 | Code | `IEF.100159` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The application configuration item is in use and cannot be deleted\. |
 | 描述 | 应用配置项在使用中,不允许删除 |
 | Remediation | Stop using the configuration item first, then delete it\. |
 | 处理措施 | 先停止配置项的使用,再执行删除配置项的动作 |*/
    #[doc(alias = r"IEF.100159", alias = r"100159")]
    ConfigMapInUse,
    /** `IEF.100161` · HTTP 400 · The node is being updated\. The application cannot be deleted\.

 | Code | `IEF.100161` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The node is being updated\. The application cannot be deleted\. |
 | 描述 | 节点更新中,不允许删除应用 |
 | Remediation | Stop the node update first, then delete the application\. |
 | 处理措施 | 先停止节点更新,再执行删除应用的动作 |*/
    #[doc(alias = r"IEF.100161", alias = r"100161")]
    NodeUpdating,
    /** `IEF.100162` · HTTP 400 · The advanced configuration parameters of the application version do not comply with the specifications\.

 | Code | `IEF.100162` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The advanced configuration parameters of the application version do not comply with the specifications\. |
 | 描述 | 应用版本高级配置参数不符合规范 |
 | Remediation | Specify valid advanced configuration parameters for the application version as specified\. |
 | 处理措施 | 按照规范正确填写应用版本高级配置参数 |*/
    #[doc(alias = r"IEF.100162", alias = r"100162")]
    InvalidAppVersionAdvancedConfig,
    /** `IEF.100163` · HTTP 400 · The node operation type is not supported\.

 | Code | `IEF.100163` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The node operation type is not supported\. |
 | 描述 | 节点操作类型不支持 |
 | Remediation | Specify a correct node operation type\. |
 | 处理措施 | 请指定正确的节点操作类型 |*/
    #[doc(alias = r"IEF.100163", alias = r"100163")]
    UnsupportedNodeOperation,
    /** `IEF.100165` · HTTP 400 · The application key data includes at least one key\-value pair\.

 | Code | `IEF.100165` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The application key data includes at least one key\-value pair\. |
 | 描述 | 应用密钥数据至少包括一个键值对 |
 | Remediation | Check that the secret data contains secret records: at least one record is required\. |
 | 处理措施 | 检查密钥数据是否存在密钥数据记录,至少存在一个密钥记录 |*/
    #[doc(alias = r"IEF.100165", alias = r"100165")]
    EmptySecretData,
    /** `IEF.100166` · HTTP 400 · The node version is too early\. The node cannot be updated\.

 | Code | `IEF.100166` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The node version is too early\. The node cannot be updated\. |
 | 描述 | 节点版本过低,功能不支持 |
 | Remediation | Upgrade the node to the latest version\. The node\'s details page shows its version and upgrade history\. |
 | 处理措施 | 建议升级节点到最新版本,可以在节点详情页确认节点版本,以及查看节点升级记录 |*/
    #[doc(alias = r"IEF.100166", alias = r"100166")]
    NodeVersionTooOldToUpdate,
    /** `IEF.100167` · HTTP 400 · The node version is too early\.

 | Code | `IEF.100167` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The node version is too early\. |
 | 描述 | 节点版本过低,功能不支持 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.100167", alias = r"100167")]
    NodeVersionTooOld,
    /** `IEF.100220` · HTTP 400 · Device twin and its property visitor is inconsistency

 | Code | `IEF.100220` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Device twin and its property visitor is inconsistency |
 | 描述 | 设备的静态属性信息和孪生属性配置不匹配 |
 | Remediation | Check that the device\'s static attributes are correct, correct the parameter values, and try again\. |
 | 处理措施 | 请检查设备的静态属性信息正确,修改参数值后重试。 |*/
    #[doc(alias = r"IEF.100220", alias = r"100220")]
    DeviceTwinPropertyMismatch,
    /** `IEF.100238` · HTTP 400 · The twin is not allowed to change\.

 | Code | `IEF.100238` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The twin is not allowed to change\. |
 | 描述 | 设备的静态属性信息有误,不允许更改/删除 |
 | Remediation | Check that the device\'s static attributes are correct, correct the parameter values, and try again\. |
 | 处理措施 | 请检查设备的静态属性信息正确,修改参数值后重试。 |*/
    #[doc(alias = r"IEF.100238", alias = r"100238")]
    DeviceTwinImmutable,
    /** `IEF.100241` · HTTP 400 · Node is offline, could not upgrade\.

 | Code | `IEF.100241` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Node is offline, could not upgrade\. |
 | 描述 | 节点已下线,无法更新 |
 | Remediation | Make sure the node is running normally and try again\. |
 | 处理措施 | 请确认节点正常运行后重试。 |*/
    #[doc(alias = r"IEF.100241", alias = r"100241")]
    NodeOfflineCannotUpgrade,
    /** `IEF.100242` · HTTP 400 · Plugin version is not supported in such instance\.

 | Code | `IEF.100242` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Plugin version is not supported in such instance\. |
 | 描述 | 实例不支持该插件版本 |
 | Remediation | Make sure the plugin version matches the instance version, and use a correct plugin version\. |
 | 处理措施 | 请确认插件和实例的版本匹配,使用正确的插件版本。 |*/
    #[doc(alias = r"IEF.100242", alias = r"100242")]
    UnsupportedPluginVersion,
    /** `IEF.100404` · HTTP 400 · The resource does not exist\.

 | Code | `IEF.100404` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The resource does not exist\. |
 | 描述 | 资源不存在 |
 | Remediation | Make sure the requested resource parameters are correct\. If they are correct, contact technical support\. |
 | 处理措施 | 请确保请求资源参数的正确性,如果确认使用正确,请联系技术支持工程师协助解决 |*/
    #[doc(alias = r"IEF.100404", alias = r"100404")]
    ResourceDoesNotExist,
    /** `IEF.100406` · HTTP 400 · This API is not support in this IEF service instance\.

 | Code | `IEF.100406` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | This API is not support in this IEF service instance\. |
 | 描述 | 专业版不支持该API |
 | Remediation | The professional edition does not support this API\. Use the enterprise edition instead\. |
 | 处理措施 | 专业版不支持该API,请在企业版中操作。 |*/
    #[doc(alias = r"IEF.100406", alias = r"100406")]
    ApiNotSupportedByEdition,
    /** `IEF.100410` · HTTP 400 · Unmarshal failed\.

 | Code | `IEF.100410` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Unmarshal failed\. |
 | 描述 | 解析参数出错 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。 |*/
    #[doc(alias = r"IEF.100410", alias = r"100410")]
    UnmarshalFailed,
    /** `IEF.100412` · HTTP 400 · Failed to query K8S cluster resources\.

 | Code | `IEF.100412` |
 |---|---|
 | HTTP status | 400 (internal error) |
 | Retry | server |
 | Message | Failed to query K8S cluster resources\. |
 | 描述 | 查询k8s集群资源失败 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决 |*/
    #[doc(alias = r"IEF.100412", alias = r"100412")]
    QueryK8sResourcesFailed,
    /** `IEF.100424` · HTTP 400 · Operation not authorized\.

 | Code | `IEF.100424` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | auth |
 | Message | Operation not authorized\. |
 | 描述 | 未授权行为 |
 | Remediation | Make sure the token in the request header is correct and try again\. If the token is correct, contact technical support\. |
 | 处理措施 | 确认用请求头中的token正确后重试。如果确认token正确,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.100424", alias = r"100424")]
    OperationNotAuthorized,
    /** `IEF.100425` · HTTP 400 · Invalid status\.

 | Code | `IEF.100425` |
 |---|---|
 | HTTP status | 400 (internal error) |
 | Retry | server |
 | Message | Invalid status\. |
 | 描述 | 容器状态异常 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.100425", alias = r"100425")]
    InvalidContainerStatus,
    /** `IEF.100506` · HTTP 400 · Create tag fail\.

 | Code | `IEF.100506` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Create tag fail\. |
 | 描述 | 标签创建失败 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。 |*/
    #[doc(alias = r"IEF.100506", alias = r"100506")]
    CreateTagFailed,
    /** `IEF.101001` · HTTP 400 · \[Service Grid\] Failed to convert the structure\.

 | Code | `IEF.101001` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | \[Service Grid\] Failed to convert the structure\. |
 | 描述 | 【服务网格】转换结构体失败 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.101001", alias = r"101001")]
    MeshStructConversionFailed,
    /** `IEF.101002` · HTTP 400 · \[Service Grid\] The service already exists\.

 | Code | `IEF.101002` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | \[Service Grid\] The service already exists\. |
 | 描述 | 【服务网格】服务已存在 |
 | Remediation | Change the service parameters, or delete the existing unused service, and try again\. |
 | 处理措施 | 修改服务参数,或者删除已存在的无用服务后重试 |*/
    #[doc(alias = r"IEF.101002", alias = r"101002")]
    MeshServiceAlreadyExists,
    /** `IEF.101003` · HTTP 400 · \[Service Grid\] The associated application does not exist\.

 | Code | `IEF.101003` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | \[Service Grid\] The associated application does not exist\. |
 | 描述 | 【服务网格】关联应用不存在 |
 | Remediation | Check whether the associated application exists, specify a correct associated application, and try again\. |
 | 处理措施 | 确认关联应用是否存在,正确填写关联应用后重试 |*/
    #[doc(alias = r"IEF.101003", alias = r"101003")]
    MeshAssociatedAppNotFound,
    /** `IEF.101004` · HTTP 400 · \[Service Grid\] Failed to Create K8S Cluster Resources

 | Code | `IEF.101004` |
 |---|---|
 | HTTP status | 400 (internal error) |
 | Retry | server |
 | Message | \[Service Grid\] Failed to Create K8S Cluster Resources |
 | 描述 | 【服务网格】创建k8s集群资源失败 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决 |*/
    #[doc(alias = r"IEF.101004", alias = r"101004")]
    MeshCreateK8sResourcesFailed,
    /** `IEF.101005` · HTTP 400 · \[Service Grid\] Failed to Delete K8S Cluster Resources

 | Code | `IEF.101005` |
 |---|---|
 | HTTP status | 400 (internal error) |
 | Retry | server |
 | Message | \[Service Grid\] Failed to Delete K8S Cluster Resources |
 | 描述 | 【服务网格】删除k8s集群资源失败 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决 |*/
    #[doc(alias = r"IEF.101005", alias = r"101005")]
    MeshDeleteK8sResourcesFailed,
    /** `IEF.101006` · HTTP 400 · \[Service Grid\] Failed to Query K8S Cluster Resources

 | Code | `IEF.101006` |
 |---|---|
 | HTTP status | 400 (internal error) |
 | Retry | server |
 | Message | \[Service Grid\] Failed to Query K8S Cluster Resources |
 | 描述 | 【服务网格】查询k8s集群资源失败 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决 |*/
    #[doc(alias = r"IEF.101006", alias = r"101006")]
    MeshQueryK8sResourcesFailed,
    /** `IEF.101007` · HTTP 400 · \[Service Grid\] Failed to Update K8S Cluster Resources

 | Code | `IEF.101007` |
 |---|---|
 | HTTP status | 400 (internal error) |
 | Retry | server |
 | Message | \[Service Grid\] Failed to Update K8S Cluster Resources |
 | 描述 | 【服务网格】更新k8s集群资源失败 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决 |*/
    #[doc(alias = r"IEF.101007", alias = r"101007")]
    MeshUpdateK8sResourcesFailed,
    /** `IEF.104003` · HTTP 400 · Bad Parameter\.

 | Code | `IEF.104003` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Bad Parameter\. |
 | 描述 | 参数校验出错 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。 |*/
    #[doc(alias = r"IEF.104003", alias = r"104003")]
    BadParameter,
    /** `IEF.104004` · HTTP 400 · The resource to be created already exists\.

 | Code | `IEF.104004` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The resource to be created already exists\. |
 | 描述 | 要创建的资源已经存在 |
 | Remediation | Change the resource parameters, or delete the existing unused resource, and try again\. |
 | 处理措施 | 修改资源参数,或者删除已存在的无用资源后重试 |*/
    #[doc(alias = r"IEF.104004", alias = r"104004")]
    ResourceAlreadyExists,
    /** `IEF.110074` · HTTP 400 · The specified application template cannot be found\.

 | Code | `IEF.110074` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The specified application template cannot be found\. |
 | 描述 | 找不到指定的应用模板 |
 | Remediation | Check whether the application template exists, specify an existing application template, and try again\. |
 | 处理措施 | 查看相应的应用模板是否存在,正确填写存在的应用模板后重试 |*/
    #[doc(alias = r"IEF.110074", alias = r"110074")]
    AppTemplateNotFound,
    /** `IEF.110076` · HTTP 400 · The specified app version cannot be found\.

 | Code | `IEF.110076` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The specified app version cannot be found\. |
 | 描述 | 找不到指定的应用版本 |
 | Remediation | Check whether the specified application version exists, specify a correct application version, and try again\. |
 | 处理措施 | 确认指定的应用版本是否存在,正确填写应用版本后重试 |*/
    #[doc(alias = r"IEF.110076", alias = r"110076")]
    AppVersionNotFound,
    /** `IEF.110080` · HTTP 400 · Specified device not found

 | Code | `IEF.110080` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Specified device not found |
 | 描述 | 指定的设备未找到 |
 | Remediation | Check whether the specified device exists, specify a correct device, and try again\. |
 | 处理措施 | 确认指定的设备是否存在,正确填写设备后重试 |*/
    #[doc(alias = r"IEF.110080", alias = r"110080")]
    DeviceNotFound,
    /** `IEF.110081` · HTTP 400 · The specified device template is not found\.

 | Code | `IEF.110081` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The specified device template is not found\. |
 | 描述 | 指定的设备模板未找到 |
 | Remediation | Check whether the specified device template exists, specify a correct device template, and try again\. |
 | 处理措施 | 确认指定的设备模板是否存在,正确填写设备模板后重试 |*/
    #[doc(alias = r"IEF.110081", alias = r"110081")]
    DeviceTemplateNotFound,
    /** `IEF.120001` · HTTP 400 · Internal error

 | Code | `IEF.120001` |
 |---|---|
 | HTTP status | 400 (internal error) |
 | Retry | server |
 | Message | Internal error |
 | 描述 | 内部错误 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决 |*/
    #[doc(alias = r"IEF.120001", alias = r"120001")]
    InternalError,
    /** `IEF.300000` · HTTP 400 · Failed to obtain request parameters\.

 | Code | `IEF.300000` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Failed to obtain request parameters\. |
 | 描述 | 获取请求参数失败 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300000", alias = r"300000")]
    GetRequestParametersFailed,
    /** `IEF.300001` · HTTP 400 · The request parameter message endpoint does not meet the requirements\.

 | Code | `IEF.300001` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The request parameter message endpoint does not meet the requirements\. |
 | 描述 | 请求参数消息端点不符合规范要求 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300001", alias = r"300001")]
    InvalidEndpoint,
    /** `IEF.300002` · HTTP 400 · The name of the request parameter message endpoint does not comply with the specifications\.

 | Code | `IEF.300002` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The name of the request parameter message endpoint does not comply with the specifications\. |
 | 描述 | 请求参数消息端点命名不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300002", alias = r"300002")]
    InvalidEndpointName,
    /** `IEF.300003` · HTTP 400 · The description of the request parameter message endpoint does not comply with the specifications\.

 | Code | `IEF.300003` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The description of the request parameter message endpoint does not comply with the specifications\. |
 | 描述 | 请求参数消息端点描述不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300003", alias = r"300003")]
    InvalidEndpointDescription,
    /** `IEF.300004` · HTTP 400 · The request parameter message endpoint type is not supported\.

 | Code | `IEF.300004` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The request parameter message endpoint type is not supported\. |
 | 描述 | 请求参数消息端点类型不支持 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300004", alias = r"300004")]
    UnsupportedEndpointType,
    /** `IEF.300005` · HTTP 400 · The endpoint attribute of the request parameter does not comply with the specifications\.

 | Code | `IEF.300005` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The endpoint attribute of the request parameter does not comply with the specifications\. |
 | 描述 | 请求参数消息端点属性不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300005", alias = r"300005")]
    InvalidEndpointProperties,
    /** `IEF.300006` · HTTP 400 · The request parameter message endpoint already exists\.

 | Code | `IEF.300006` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The request parameter message endpoint already exists\. |
 | 描述 | 请求参数消息端点已存在 |
 | Remediation | Rename the message endpoint, or, if it does not affect your services, delete the existing message endpoint, and try again\. |
 | 处理措施 | 修改消息端点命名,或者在确定不影响业务的情况下,删除已存在的消息端点后重试 |*/
    #[doc(alias = r"IEF.300006", alias = r"300006")]
    EndpointAlreadyExists,
    /** `IEF.300007` · HTTP 400 · The specified message endpoint does not exist\.

 | Code | `IEF.300007` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The specified message endpoint does not exist\. |
 | 描述 | 指定消息端点不存在 |
 | Remediation | Check whether the specified message endpoint has been deleted, specify valid message endpoint information as specified, and try again\. |
 | 处理措施 | 确定指定的消息端点是否被删除,按照规范正确填写消息端点信息后重试 |*/
    #[doc(alias = r"IEF.300007", alias = r"300007")]
    EndpointNotFound,
    /** `IEF.300008` · HTTP 400 · The message endpoint is in use and cannot be deleted\.

 | Code | `IEF.300008` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The message endpoint is in use and cannot be deleted\. |
 | 描述 | 消息端点在使用中,不允许删除 |
 | Remediation | Stop using the message endpoint, or wait until it is no longer in use, then delete it\. |
 | 处理措施 | 结束消息端点使用,或者等待消息端点使用结束后,再执行删除操作 |*/
    #[doc(alias = r"IEF.300008", alias = r"300008")]
    EndpointInUse,
    /** `IEF.300009` · HTTP 400 · Message Endpoint Quota Insufficient

 | Code | `IEF.300009` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Message Endpoint Quota Insufficient |
 | 描述 | 消息端点配额不足 |
 | Remediation | Reduce resource usage, or contact technical support to increase the quota\. |
 | 处理措施 | 请减少资源使用量,或者联系技术支持工程师扩大配额 |*/
    #[doc(alias = r"IEF.300009", alias = r"300009")]
    EndpointQuotaInsufficient,
    /** `IEF.300101` · HTTP 400 · The request parameter message route does not comply with the specifications\.

 | Code | `IEF.300101` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The request parameter message route does not comply with the specifications\. |
 | 描述 | 请求参数消息路由不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300101", alias = r"300101")]
    InvalidRoute,
    /** `IEF.300102` · HTTP 400 · The routing name of the request parameter does not comply with the specifications\.

 | Code | `IEF.300102` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The routing name of the request parameter does not comply with the specifications\. |
 | 描述 | 请求参数消息路由命名不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300102", alias = r"300102")]
    InvalidRouteName,
    /** `IEF.300103` · HTTP 400 · The message route description of the request parameter does not comply with the specifications\.

 | Code | `IEF.300103` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The message route description of the request parameter does not comply with the specifications\. |
 | 描述 | 请求参数消息路由描述不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300103", alias = r"300103")]
    InvalidRouteDescription,
    /** `IEF.300104` · HTTP 400 · The source endpoint ID of the message route does not comply with the specifications\.

 | Code | `IEF.300104` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The source endpoint ID of the message route does not comply with the specifications\. |
 | 描述 | 消息路由源端点ID不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300104", alias = r"300104")]
    InvalidRouteSourceEndpointId,
    /** `IEF.300105` · HTTP 400 · The source endpoint resource of the message route does not meet the specifications\.

 | Code | `IEF.300105` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The source endpoint resource of the message route does not meet the specifications\. |
 | 描述 | 消息路由源端点资源不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300105", alias = r"300105")]
    InvalidRouteSourceEndpointResource,
    /** `IEF.300106` · HTTP 400 · The destination endpoint ID of the message route does not comply with the specifications\.

 | Code | `IEF.300106` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The destination endpoint ID of the message route does not comply with the specifications\. |
 | 描述 | 消息路由目的端点ID不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300106", alias = r"300106")]
    InvalidRouteDestinationEndpointId,
    /** `IEF.300107` · HTTP 400 · The destination endpoint resource of the message route does not meet the specifications\.

 | Code | `IEF.300107` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The destination endpoint resource of the message route does not meet the specifications\. |
 | 描述 | 消息路由目的端点资源不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300107", alias = r"300107")]
    InvalidRouteDestinationEndpointResource,
    /** `IEF.300108` · HTTP 400 · The specified message route already exists\.

 | Code | `IEF.300108` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The specified message route already exists\. |
 | 描述 | 指定消息路由已存在 |
 | Remediation | Rename the message route, or, if it does not affect your services, delete the existing message route, and try again\. |
 | 处理措施 | 修改消息路由命名,或者在确定不影响业务的情况下,删除已存在的消息路由后重试 |*/
    #[doc(alias = r"IEF.300108", alias = r"300108")]
    RouteAlreadyExists,
    /** `IEF.300109` · HTTP 400 · The specified message route does not exist\.

 | Code | `IEF.300109` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The specified message route does not exist\. |
 | 描述 | 指定消息路由不存在 |
 | Remediation | Check whether the specified message route has been deleted, specify valid message route information as specified, and try again\. |
 | 处理措施 | 确定指定的消息路由是否被删除,按照规范正确填写消息路由信息后重试 |*/
    #[doc(alias = r"IEF.300109", alias = r"300109")]
    RouteNotFound,
    /** `IEF.300110` · HTTP 400 · Failed to obtain the message routing request action\.

 | Code | `IEF.300110` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Failed to obtain the message routing request action\. |
 | 描述 | 获取消息路由请求action失败 |
 | Remediation | Specify a valid message route operation action as specified and try again\. |
 | 处理措施 | 按照规范正确填写消息路由操作action后重试 |*/
    #[doc(alias = r"IEF.300110", alias = r"300110")]
    GetRouteActionFailed,
    /** `IEF.300111` · HTTP 400 · The message routing request action is not supported\.

 | Code | `IEF.300111` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The message routing request action is not supported\. |
 | 描述 | 消息路由请求action不支持 |
 | Remediation | Specify a valid message route operation action as specified and try again\. |
 | 处理措施 | 按照规范正确填写消息路由操作action后重试 |*/
    #[doc(alias = r"IEF.300111", alias = r"300111")]
    UnsupportedRouteAction,
    /** `IEF.300112` · HTTP 400 · The message route is being enabled and cannot be enabled\. The message route is being disabled and cannot be disabled\.

 | Code | `IEF.300112` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The message route is being enabled and cannot be enabled\. The message route is being disabled and cannot be disabled\. |
 | 描述 | 消息路由已经在启用中,不允许启用;消息路由停用中,不允许停用 |
 | Remediation | Log in to the IEF console, find the route on the message routes page, check its current state, and act according to your services\. If the route is already being enabled, do not enable it again\. |
 | 处理措施 | 登录IEF控制台,在消息路由页面找到指定的路由,确定路由当前状态,根据当前业务执行操作,如果路由已经在启用中,就不用再执行启用操作 |*/
    #[doc(alias = r"IEF.300112", alias = r"300112")]
    RouteStateTransitionInProgress,
    /** `IEF.300113` · HTTP 400 · Message routing quota is insufficient\.

 | Code | `IEF.300113` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Message routing quota is insufficient\. |
 | 描述 | 消息路由配额不足 |
 | Remediation | Reduce resource usage, or contact technical support to increase the quota\. |
 | 处理措施 | 请减少资源使用量,或者联系技术支持工程师扩大配额 |*/
    #[doc(alias = r"IEF.300113", alias = r"300113")]
    RouteQuotaInsufficient,
    /** `IEF.300114` · HTTP 400 · The specified DIS channel does not exist\.

 | Code | `IEF.300114` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The specified DIS channel does not exist\. |
 | 描述 | 指定dis通道不存在 |
 | Remediation | Check whether the specified DIS channel has been deleted, specify valid DIS channel information as specified, and try again\. |
 | 处理措施 | 确定指定的dis通道是否被删除,按照规范正确填写dis通道信息后重试 |*/
    #[doc(alias = r"IEF.300114", alias = r"300114")]
    DisChannelNotFound,
    /** `IEF.300115` · HTTP 400 · Invalid DIS channel requested

 | Code | `IEF.300115` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Invalid DIS channel requested |
 | 描述 | 请求的dis通道无效 |
 | Remediation | Check whether the specified DIS channel has been deleted, specify valid DIS channel information as specified, and try again\. |
 | 处理措施 | 确定指定的dis通道是否被删除,按照规范正确填写dis通道信息后重试 |*/
    #[doc(alias = r"IEF.300115", alias = r"300115")]
    InvalidDisChannel,
    /** `IEF.300116` · HTTP 400 · The requested servicebus path does not meet specifications\.

 | Code | `IEF.300116` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The requested servicebus path does not meet specifications\. |
 | 描述 | 请求的servicebus路径不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300116", alias = r"300116")]
    InvalidServiceBusPath,
    /** `IEF.300117` · HTTP 400 · The requested eventbus topic does not meet specifications\.

 | Code | `IEF.300117` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The requested eventbus topic does not meet specifications\. |
 | 描述 | 请求的eventbus Topic不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300117", alias = r"300117")]
    InvalidEventBusTopic,
    /** `IEF.300118` · HTTP 400 · The requested eventbus topic already exists\.

 | Code | `IEF.300118` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The requested eventbus topic already exists\. |
 | 描述 | 请求的eventbus Topic已存在 |
 | Remediation | Change the eventbus topic, or, if it does not affect your services, delete the existing eventbus topic, and try again\. |
 | 处理措施 | 修改eventbus Topic,或者在确定不影响业务的情况下,删除已存在的eventbus Topic后重试 |*/
    #[doc(alias = r"IEF.300118", alias = r"300118")]
    EventBusTopicAlreadyExists,
    /** `IEF.300119` · HTTP 400 · The requested APIGW resource does not meet specifications\.

 | Code | `IEF.300119` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The requested APIGW resource does not meet specifications\. |
 | 描述 | 请求的apigw的resource不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300119", alias = r"300119")]
    InvalidApigwResource,
    /** `IEF.300120` · HTTP 400 · The requested MQTT topic does not meet specifications\.

 | Code | `IEF.300120` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The requested MQTT topic does not meet specifications\. |
 | 描述 | 请求的MQTT的Topic不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300120", alias = r"300120")]
    InvalidMqttTopic,
    /** `IEF.300121` · HTTP 400 · Duplicate MQTT topic data\.

 | Code | `IEF.300121` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Duplicate MQTT topic data\. |
 | 描述 | 请求的MQTT的Topic数据重复 |
 | Remediation | Change the MQTT topic, or, if it does not affect your services, delete the existing MQTT topic, and try again\. |
 | 处理措施 | 修改MQTT的Topic,或者在确定不影响业务的情况下,删除已存在的MQTT的Topic后重试 |*/
    #[doc(alias = r"IEF.300121", alias = r"300121")]
    DuplicateMqttTopic,
    /** `IEF.300122` · HTTP 400 · The REST path of the request parameter does not meet the specifications\.

 | Code | `IEF.300122` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The REST path of the request parameter does not meet the specifications\. |
 | 描述 | 请求参数rest路径不符合规范 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300122", alias = r"300122")]
    InvalidRestPath,
    /** `IEF.300123` · HTTP 400 · Duplicate REST path data in the request parameter\.

 | Code | `IEF.300123` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | Duplicate REST path data in the request parameter\. |
 | 描述 | 请求参数rest路径数据重复 |
 | Remediation | Change the REST path, or, if it does not affect your services, delete the existing REST path, and try again\. |
 | 处理措施 | 修改rest路径或者在确定不影响业务的情况下,删除已存在的rest路径后重试 |*/
    #[doc(alias = r"IEF.300123", alias = r"300123")]
    DuplicateRestPath,
    /** `IEF.300124` · HTTP 400 · The request parameter device is faulty\.

 | Code | `IEF.300124` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The request parameter device is faulty\. |
 | 描述 | 请求参数设备存在问题 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试 |*/
    #[doc(alias = r"IEF.300124", alias = r"300124")]
    InvalidRequestDevice,
    /** `IEF.300125` · HTTP 400 · The requested device does not exist\.

 | Code | `IEF.300125` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The requested device does not exist\. |
 | 描述 | 请求指定设备不存在 |
 | Remediation | Check whether the specified device has been deleted, specify valid device information as specified, and try again\. |
 | 处理措施 | 确定指定的设备是否被删除,按照规范正确填写设备信息后重试 |*/
    #[doc(alias = r"IEF.300125", alias = r"300125")]
    RequestedDeviceNotFound,
    /** `IEF.300126` · HTTP 400 · The requested edge node does not exist\.

 | Code | `IEF.300126` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The requested edge node does not exist\. |
 | 描述 | 请求的指定边缘节点不存在 |
 | Remediation | Check whether the specified edge node has been deleted, specify valid edge node information as specified, and try again\. |
 | 处理措施 | 确定指定的边缘节点是否被删除,按照规范正确填写边缘节点信息后重试 |*/
    #[doc(alias = r"IEF.300126", alias = r"300126")]
    SpecifiedEdgeNodeNotFound,
    /** `IEF.300127` · HTTP 400 · The requested edge node conflicts\.

 | Code | `IEF.300127` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The requested edge node conflicts\. |
 | 描述 | 请求的边缘节点存在冲突 |
 | Remediation | Change the edge node, or, if it does not affect your services, delete the existing edge node, and try again\. |
 | 处理措施 | 修改边缘节点,或者在确定不影响业务的情况下,删除已存在的边缘节点后重试 |*/
    #[doc(alias = r"IEF.300127", alias = r"300127")]
    EdgeNodeConflict,
    /** `IEF.300128` · HTTP 400 · When the request destination port type is tsdb, the projectID is empty\.

 | Code | `IEF.300128` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | When the request destination port type is tsdb, the projectID is empty\. |
 | 描述 | 请求目的端口类型为tsdb时,projectID为空 |
 | Remediation | Specify a correct project\_id and try again\. |
 | 处理措施 | 请填写正确的project\_id后重试 |*/
    #[doc(alias = r"IEF.300128", alias = r"300128")]
    TsdbProjectIdEmpty,
    /** `IEF.300129` · HTTP 400 · When the request destination port type is tsdb, projectID is invalid\.

 | Code | `IEF.300129` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | When the request destination port type is tsdb, projectID is invalid\. |
 | 描述 | 请求目的端口类型为tsdb时,projectID无效 |
 | Remediation | Specify a correct project\_id and try again\. |
 | 处理措施 | 请填写正确的project\_id后重试 |*/
    #[doc(alias = r"IEF.300129", alias = r"300129")]
    TsdbProjectIdInvalid,
    /** `IEF.300130` · HTTP 400 · When the request destination port type is tsdb, domain\_id is invalid\.

 | Code | `IEF.300130` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | When the request destination port type is tsdb, domain\_id is invalid\. |
 | 描述 | 请求目的端口类型为tsdb时,domain\_id无效 |
 | Remediation | Specify a correct domain\_id and try again\. |
 | 处理措施 | 请填写正确的domain\_id后重试 |*/
    #[doc(alias = r"IEF.300130", alias = r"300130")]
    TsdbDomainIdInvalid,
    /** `IEF.300131` · HTTP 400 · The URL is invalid when the request destination port type is tsdb\.

 | Code | `IEF.300131` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The URL is invalid when the request destination port type is tsdb\. |
 | 描述 | 请求目的端口类型为tsdb时,url无效 |
 | Remediation | Specify a correct URL and try again\. |
 | 处理措施 | 请填写正确的URL后重试 |*/
    #[doc(alias = r"IEF.300131", alias = r"300131")]
    TsdbUrlInvalid,
    /** `IEF.300132` · HTTP 400 · When the request destination port type is tsdb, the label is invalid\.

 | Code | `IEF.300132` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | When the request destination port type is tsdb, the label is invalid\. |
 | 描述 | 请求目的端口类型为tsdb时,标签无效 |
 | Remediation | Specify a correct label and try again\. |
 | 处理措施 | 请填写正确的标签后重试 |*/
    #[doc(alias = r"IEF.300132", alias = r"300132")]
    TsdbLabelInvalid,
    /** `IEF.300133` · HTTP 400 · The requested edge node does not exist\.

 | Code | `IEF.300133` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The requested edge node does not exist\. |
 | 描述 | 请求的边缘节点不存在 |
 | Remediation | Check whether the specified edge node has been deleted, specify valid edge node information as specified, and try again\. |
 | 处理措施 | 确定指定的边缘节点是否被删除,按照规范正确填写边缘节点信息后重试 |*/
    #[doc(alias = r"IEF.300133", alias = r"300133")]
    RequestedEdgeNodeNotFound,
    /** `IEF.300134` · HTTP 400 · When the request destination port type is tsdb, the resource does not meet the specifications\.

 | Code | `IEF.300134` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | When the request destination port type is tsdb, the resource does not meet the specifications\. |
 | 描述 | 请求目的端口类型为tsdb时,资源不符合规范 |
 | Remediation | Specify a correct resource and try again\. |
 | 处理措施 | 请填写正确的资源后重试 |*/
    #[doc(alias = r"IEF.300134", alias = r"300134")]
    TsdbResourceInvalid,
    /** `IEF.300135` · HTTP 400 · The nodeId is empty or does not comply with the specifications\.

 | Code | `IEF.300135` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The nodeId is empty or does not comply with the specifications\. |
 | 描述 | nodeId为空或不符合规范 |
 | Remediation | Specify a correct nodeId and try again\. |
 | 处理措施 | 请填写正确的nodeId后重试 |*/
    #[doc(alias = r"IEF.300135", alias = r"300135")]
    InvalidNodeId,
    /** `IEF.300201` · HTTP 400 · The quota type is incorrect\.

 | Code | `IEF.300201` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | caller |
 | Message | The quota type is incorrect\. |
 | 描述 | 配额类型错误 |
 | Remediation | Correct the quota type according to the returned error details or the API reference, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,修改配额类型后重试 |*/
    #[doc(alias = r"IEF.300201", alias = r"300201")]
    InvalidQuotaType,
    /** `IEF.310000` · HTTP 400 · The request does not contain a token\.

 | Code | `IEF.310000` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | auth |
 | Message | The request does not contain a token\. |
 | 描述 | 请求未带token |
 | Remediation | Make sure the request header carries a correct token\. |
 | 处理措施 | 确认请求header里带上正确的token |*/
    #[doc(alias = r"IEF.310000", alias = r"310000")]
    MissingToken,
    /** `IEF.310001` · HTTP 400 · Failed to obtain the token in the request\.

 | Code | `IEF.310001` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | auth |
 | Message | Failed to obtain the token in the request\. |
 | 描述 | 获取请求中token失败 |
 | Remediation | Make sure the token is correct, or obtain a new token\. If the token is correct, contact technical support\. |
 | 处理措施 | 确认填写正确token,或重新获取token。如果确认token正确,请联系技术支持工程师协助解决 |*/
    #[doc(alias = r"IEF.310001", alias = r"310001")]
    GetTokenFailed,
    /** `IEF.310002` · HTTP 400 · The token has expired\.

 | Code | `IEF.310002` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | auth |
 | Message | The token has expired\. |
 | 描述 | token已过期 |
 | Remediation | Obtain a new token\. |
 | 处理措施 | 重新申请token |*/
    #[doc(alias = r"IEF.310002", alias = r"310002")]
    TokenExpired,
    /** `IEF.310003` · HTTP 400 · Failed to connect to the database\.

 | Code | `IEF.310003` |
 |---|---|
 | HTTP status | 400 (internal error) |
 | Retry | server |
 | Message | Failed to connect to the database\. |
 | 描述 | 连接数据库失败 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决 |*/
    #[doc(alias = r"IEF.310003", alias = r"310003")]
    DatabaseConnectionFailed,
    /** `IEF.330000` · HTTP 400 · Failed to connect to the DIS service\.

 | Code | `IEF.330000` |
 |---|---|
 | HTTP status | 400 (internal error) |
 | Retry | server |
 | Message | Failed to connect to the DIS service\. |
 | 描述 | 连接dis服务失败 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决 |*/
    #[doc(alias = r"IEF.330000", alias = r"330000")]
    DisConnectionFailed,
    /** `IEF.330001` · HTTP 400 · Failed to connect to the edgebroker\.

 | Code | `IEF.330001` |
 |---|---|
 | HTTP status | 400 (internal error) |
 | Retry | server |
 | Message | Failed to connect to the edgebroker\. |
 | 描述 | 连接edgebroker失败 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决 |*/
    #[doc(alias = r"IEF.330001", alias = r"330001")]
    EdgeBrokerConnectionFailed,
    /** `IEF.340000` · HTTP 400 · Failed to convert the token\.

 | Code | `IEF.340000` |
 |---|---|
 | HTTP status | 400 (caller error) |
 | Retry | auth |
 | Message | Failed to convert the token\. |
 | 描述 | 转换token失败 |
 | Remediation | Make sure a correct token is used, or contact technical support\. |
 | 处理措施 | 请确认使用了正确的token,或者请联系技术支持工程师协助解决 |*/
    #[doc(alias = r"IEF.340000", alias = r"340000")]
    TokenConversionFailed,
    /** `IEF.340001` · HTTP 400 · Internal error

 | Code | `IEF.340001` |
 |---|---|
 | HTTP status | 400 (internal error) |
 | Retry | server |
 | Message | Internal error |
 | 描述 | 内部错误 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决 |*/
    #[doc(alias = r"IEF.340001", alias = r"340001")]
    TokenServiceInternalError,
    /** `IEF.100049` · HTTP 401 · ProjectID is not match this token\.

 | Code | `IEF.100049` |
 |---|---|
 | HTTP status | 401 (caller error) |
 | Retry | auth |
 | Message | ProjectID is not match this token\. |
 | 描述 | ProjectID和token不匹配 |
 | Remediation | Obtain the token with the tenant\'s project\_id and try again\. If the token is correct, contact technical support\. |
 | 处理措施 | 确认用租户的project\_id获取token后重试。如果确认token正确,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.100049", alias = r"100049")]
    ProjectIdTokenMismatch,
    /** `IEF.100050` · HTTP 401 · Invalid certificate\.

 | Code | `IEF.100050` |
 |---|---|
 | HTTP status | 401 (caller error) |
 | Retry | auth |
 | Message | Invalid certificate\. |
 | 描述 | token鉴权失败 |
 | Remediation | Make sure the token in the request header is correct and try again\. If the token is correct, contact technical support\. |
 | 处理措施 | 确认用请求头中的token正确后重试。如果确认token正确,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.100050", alias = r"100050")]
    InvalidCertificate,
    /** `IEF.110001` · HTTP 401 · The auth token is not found\.

 | Code | `IEF.110001` |
 |---|---|
 | HTTP status | 401 (caller error) |
 | Retry | auth |
 | Message | The auth token is not found\. |
 | 描述 | token未找到 |
 | Remediation | Make sure the token in the request header is correct and try again\. If the token is correct, contact technical support\. |
 | 处理措施 | 确认用请求头中的token正确后重试。如果确认token正确,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.110001", alias = r"110001")]
    AuthTokenNotFound,
    /** `IEF.110002` · HTTP 401 · Bad token\.

 | Code | `IEF.110002` |
 |---|---|
 | HTTP status | 401 (caller error) |
 | Retry | auth |
 | Message | Bad token\. |
 | 描述 | token错误 |
 | Remediation | Make sure the token in the request header is correct and try again\. If the token is correct, contact technical support\. |
 | 处理措施 | 确认用请求头中的token正确后重试。如果确认token正确,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.110002", alias = r"110002")]
    BadToken,
    /** `IEF.100401` · HTTP 403 · No running node in group\.

 | Code | `IEF.100401` |
 |---|---|
 | HTTP status | 403 (caller error) |
 | Retry | caller |
 | Message | No running node in group\. |
 | 描述 | 节点组中没有正在运行的节点 |
 | Remediation | No node in the node group is running\. Start a node and try again\. |
 | 处理措施 | 节点组中没有正在运行的节点,请启动节点后操作。 |*/
    #[doc(alias = r"IEF.100401", alias = r"100401")]
    NoRunningNodeInGroup,
    /** `IEF.130087` · HTTP 403 · Deployment is pending create\.

 | Code | `IEF.130087` |
 |---|---|
 | HTTP status | 403 (caller error) |
 | Retry | caller |
 | Message | Deployment is pending create\. |
 | 描述 | Deployment正在创建中 |
 | Remediation | The Deployment is being created and cannot be deleted\. |
 | 处理措施 | Deployment正在创建中,无法删除。 |*/
    #[doc(alias = r"IEF.130087", alias = r"130087")]
    DeploymentPendingCreate,
    /** `IEF.100109` · HTTP 404 · Resource not found\.

 | Code | `IEF.100109` |
 |---|---|
 | HTTP status | 404 (caller error) |
 | Retry | caller |
 | Message | Resource not found\. |
 | 描述 | 指定资源不存在 |
 | Remediation | The specified resource does not exist\. Make sure the resource is in a normal state and try again\. |
 | 处理措施 | 指定资源不存在,请确认资源的状态正常后重试。 |*/
    #[doc(alias = r"IEF.100109", alias = r"100109")]
    ResourceNotFound,
    /** `IEF.100173` · HTTP 404 · Edge node not found\.

 | Code | `IEF.100173` |
 |---|---|
 | HTTP status | 404 (caller error) |
 | Retry | caller |
 | Message | Edge node not found\. |
 | 描述 | 节点列表为空 |
 | Remediation | Register (manage) a node and try again\. |
 | 处理措施 | 请纳管节点后重试。 |*/
    #[doc(alias = r"IEF.100173", alias = r"100173")]
    EdgeNodeNotFound,
    /** `IEF.110085` · HTTP 404 · DeviceAccessConfig of device not found\.

 | Code | `IEF.110085` |
 |---|---|
 | HTTP status | 404 (caller error) |
 | Retry | caller |
 | Message | DeviceAccessConfig of device not found\. |
 | 描述 | 找不到设备配置信息 |
 | Remediation | The device configuration is missing\. Configure the device again\. |
 | 处理措施 | 设备配置缺失,请重新配置设备。 |*/
    #[doc(alias = r"IEF.110085", alias = r"110085")]
    DeviceAccessConfigNotFound,
    /** `IEF.100117` · HTTP 409 · Deployment is being deleted\.

 | Code | `IEF.100117` |
 |---|---|
 | HTTP status | 409 (caller error) |
 | Retry | caller |
 | Message | Deployment is being deleted\. |
 | 描述 | Deployment正在删除中 |
 | Remediation | The Deployment is being deleted\. Do not delete it again\. |
 | 处理措施 | Deployment正在删除中,请勿重复删除。 |*/
    #[doc(alias = r"IEF.100117", alias = r"100117")]
    DeploymentBeingDeleted,
    /** `IEF.100172` · HTTP 409 · Node is not running\.

 | Code | `IEF.100172` |
 |---|---|
 | HTTP status | 409 (caller error) |
 | Retry | caller |
 | Message | Node is not running\. |
 | 描述 | 节点未运行 |
 | Remediation | Make sure the node is running normally and try again\. |
 | 处理措施 | 请确认节点正常运行后重试。 |*/
    #[doc(alias = r"IEF.100172", alias = r"100172")]
    NodeNotRunning,
    /** `IEF.130085` · HTTP 409 · Duplicated key in tags\.

 | Code | `IEF.130085` |
 |---|---|
 | HTTP status | 409 (caller error) |
 | Retry | caller |
 | Message | Duplicated key in tags\. |
 | 描述 | 标签key重复 |
 | Remediation | Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again\. |
 | 处理措施 | 根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。 |*/
    #[doc(alias = r"IEF.130085", alias = r"130085")]
    DuplicateTagKey,
    /** `IEF.130086` · HTTP 409 · Resource existed\.

 | Code | `IEF.130086` |
 |---|---|
 | HTTP status | 409 (caller error) |
 | Retry | caller |
 | Message | Resource existed\. |
 | 描述 | 资源已存在 |
 | Remediation | Check whether the resource was added twice, then try again\. |
 | 处理措施 | 请确认是否重复添加资源后重试。 |*/
    #[doc(alias = r"IEF.130086", alias = r"130086")]
    ResourceExisted,
    /** `IEF.130091` · HTTP 409 · Instance is existed do not allow to delete\.

 | Code | `IEF.130091` |
 |---|---|
 | HTTP status | 409 (caller error) |
 | Retry | caller |
 | Message | Instance is existed do not allow to delete\. |
 | 描述 | 节点绑定了实例或Deployment,不允许删除 |
 | Remediation | Remove the instances or Deployments bound to the node and try again\. |
 | 处理措施 | 请清除节点绑定的实例或Deployment后重试。 |*/
    #[doc(alias = r"IEF.130091", alias = r"130091")]
    NodeHasInstances,
    /** `IEF.100411` · HTTP 500 · k8s client failed\.

 | Code | `IEF.100411` |
 |---|---|
 | HTTP status | 500 (internal error) |
 | Retry | server |
 | Message | k8s client failed\. |
 | 描述 | 请求k8s集群失败 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.100411", alias = r"100411")]
    K8sClientFailed,
    /** `IEF.100413` · HTTP 500 · Update k8s failed\.

 | Code | `IEF.100413` |
 |---|---|
 | HTTP status | 500 (internal error) |
 | Retry | server |
 | Message | Update k8s failed\. |
 | 描述 | 更新k8s集群资源失败 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.100413", alias = r"100413")]
    UpdateK8sFailed,
    /** `IEF.100414` · HTTP 500 · Delete k8s failed\.

 | Code | `IEF.100414` |
 |---|---|
 | HTTP status | 500 (internal error) |
 | Retry | server |
 | Message | Delete k8s failed\. |
 | 描述 | 删除k8s集群资源失败 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.100414", alias = r"100414")]
    DeleteK8sFailed,
    /** `IEF.100415` · HTTP 500 · Create k8s failed\.

 | Code | `IEF.100415` |
 |---|---|
 | HTTP status | 500 (internal error) |
 | Retry | server |
 | Message | Create k8s failed\. |
 | 描述 | 创建k8s集群资源失败 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.100415", alias = r"100415")]
    CreateK8sFailed,
    /** `IEF.100417` · HTTP 500 · Failed to create ief instance\.

 | Code | `IEF.100417` |
 |---|---|
 | HTTP status | 500 (internal error) |
 | Retry | server |
 | Message | Failed to create ief instance\. |
 | 描述 | 集群创建失败 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.100417", alias = r"100417")]
    CreateInstanceFailed,
    /** `IEF.100418` · HTTP 500 · Failed to refresh token\.

 | Code | `IEF.100418` |
 |---|---|
 | HTTP status | 500 (internal error) |
 | Retry | server |
 | Message | Failed to refresh token\. |
 | 描述 | 刷新鉴权信息失败 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.100418", alias = r"100418")]
    RefreshTokenFailed,
    /** `IEF.100419` · HTTP 500 · Failed to delete ief instance\.

 | Code | `IEF.100419` |
 |---|---|
 | HTTP status | 500 (internal error) |
 | Retry | server |
 | Message | Failed to delete ief instance\. |
 | 描述 | 集群删除失败 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.100419", alias = r"100419")]
    DeleteInstanceFailed,
    /** `IEF.100426` · HTTP 500 · Data struct error\.

 | Code | `IEF.100426` |
 |---|---|
 | HTTP status | 500 (internal error) |
 | Retry | server |
 | Message | Data struct error\. |
 | 描述 | 数据状态异常 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.100426", alias = r"100426")]
    DataStructError,
    /** `IEF.100427` · HTTP 500 · Internal error\.

 | Code | `IEF.100427` |
 |---|---|
 | HTTP status | 500 (internal error) |
 | Retry | server |
 | Message | Internal error\. |
 | 描述 | 内部异常 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.100427", alias = r"100427")]
    InternalException,
    /** `IEF.100428` · HTTP 500 · Operation error\.

 | Code | `IEF.100428` |
 |---|---|
 | HTTP status | 500 (internal error) |
 | Retry | server |
 | Message | Operation error\. |
 | 描述 | 操作异常 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.100428", alias = r"100428")]
    OperationError,
    /** `IEF.100429` · HTTP 500 · Operation error\.

 | Code | `IEF.100429` |
 |---|---|
 | HTTP status | 500 (internal error) |
 | Retry | server |
 | Message | Operation error\. |
 | 描述 | 操作异常 |
 | Remediation | Internal error\. Contact technical support\. |
 | 处理措施 | 内部错误,请联系技术支持工程师协助解决。 |*/
    #[doc(alias = r"IEF.100429", alias = r"100429")]
    OperationErrorAlt,
}
const _: () = {
    static DISCRIMINANTS: [::core::primitive::u8; 149] = ::ief_errors::__private::discriminants_u8::<
        149,
    >();
    const _: () = {
        if ::core::mem::size_of::<IefError>()
            != ::core::mem::size_of::<::core::primitive::u8>()
            || ::core::mem::align_of::<IefError>()
                != ::core::mem::align_of::<::core::primitive::u8>()
        {
            ::core::panic!(
                "an attribute changes the enum's layout, which ief_errors! relies on"
            );
        }
    };
    const fn variants() -> &'static [IefError; 149] {
        unsafe { &*::core::ptr::addr_of!(DISCRIMINANTS).cast::<[IefError; 149]>() }
    }
    const STATUSES: &[::core::primitive::u16; 149] = &[
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 401, 401, 401, 401,
        403, 403, 404, 404, 404, 409, 409, 409, 409, 409, 500, 500, 500, 500, 500, 500,
        500, 500, 500, 500, 500,
    ];
    const INTERNAL: &[::core::primitive::bool; 149] = &[
        false, false, false, false, false, false, false, false, false, false, false,
        false, false, false, false, false, false, false, false, false, false, false,
        false, false, false, false, false, false, false, false, false, false, false,
        false, false, false, false, false, false, false, false, false, false, false,
        false, false, false, false, false, false, false, false, true, false, true, false,
        false, false, false, true, true, true, true, false, false, false, false, false,
        false, true, false, false, false, false, false, false, false, false, false,
        false, false, false, false, false, false, false, false, false, false, false,
        false, false, false, false, false, false, false, false, false, false, false,
        false, false, false, false, false, false, false, false, false, false, false,
        false, false, false, false, false, false, false, true, true, true, false, true,
        false, false, false, false, false, false, false, false, false, false, false,
        false, false, false, true, true, true, true, true, true, true, true, true, true,
        true,
    ];
    const RETRY: &[::core::primitive::u8; 149] = &[
        3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 2,
        1, 3, 3, 3, 3, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 1, 1, 1, 2, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3,
        3, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ];
    const NAMES_JOINED: &'static ::core::primitive::str = r"ApiNotRegisteredAuthenticationFailedInvalidOffsetInvalidLimitInvalidVolumeInvalidAppVersionInvalidAppTemplateNameInvalidResourceNameInvalidAppVersionEnvInvalidAppIconUrlInvalidDeviceBindingDescriptionInvalidImagePathUnsupportedTemplateVisibilityDeviceBothAddedAndRemovedDeviceBoundToNodeInvalidSystemSubscriptionIdNodeHasBoundDevicesInvalidRequestParameterNodeGroupCertQuotaExceededInvalidVolumeConfigMapOrSecretInvalidAppVersionResourcesInvalidConfigMapNameInvalidConfigMapKeyInvalidConfigMapValueInvalidConfigMapDataDeploymentQuotaExceededMissingNodeIdListMissingDeviceRelationDescriptionInvalidAppVersionProbeBoundNodeNotRunningTooManyDeviceTwinsDeviceCannotBindNodeInvalidSecretNameInvalidSecretDataInvalidSecretTypeInvalidSecretKeyInvalidSecretValueSecretInUseConfigMapInUseNodeUpdatingInvalidAppVersionAdvancedConfigUnsupportedNodeOperationEmptySecretDataNodeVersionTooOldToUpdateNodeVersionTooOldDeviceTwinPropertyMismatchDeviceTwinImmutableNodeOfflineCannotUpgradeUnsupportedPluginVersionResourceDoesNotExistApiNotSupportedByEditionUnmarshalFailedQueryK8sResourcesFailedOperationNotAuthorizedInvalidContainerStatusCreateTagFailedMeshStructConversionFailedMeshServiceAlreadyExistsMeshAssociatedAppNotFoundMeshCreateK8sResourcesFailedMeshDeleteK8sResourcesFailedMeshQueryK8sResourcesFailedMeshUpdateK8sResourcesFailedBadParameterResourceAlreadyExistsAppTemplateNotFoundAppVersionNotFoundDeviceNotFoundDeviceTemplateNotFoundInternalErrorGetRequestParametersFailedInvalidEndpointInvalidEndpointNameInvalidEndpointDescriptionUnsupportedEndpointTypeInvalidEndpointPropertiesEndpointAlreadyExistsEndpointNotFoundEndpointInUseEndpointQuotaInsufficientInvalidRouteInvalidRouteNameInvalidRouteDescriptionInvalidRouteSourceEndpointIdInvalidRouteSourceEndpointResourceInvalidRouteDestinationEndpointIdInvalidRouteDestinationEndpointResourceRouteAlreadyExistsRouteNotFoundGetRouteActionFailedUnsupportedRouteActionRouteStateTransitionInProgressRouteQuotaInsufficientDisChannelNotFoundInvalidDisChannelInvalidServiceBusPathInvalidEventBusTopicEventBusTopicAlreadyExistsInvalidApigwResourceInvalidMqttTopicDuplicateMqttTopicInvalidRestPathDuplicateRestPathInvalidRequestDeviceRequestedDeviceNotFoundSpecifiedEdgeNodeNotFoundEdgeNodeConflictTsdbProjectIdEmptyTsdbProjectIdInvalidTsdbDomainIdInvalidTsdbUrlInvalidTsdbLabelInvalidRequestedEdgeNodeNotFoundTsdbResourceInvalidInvalidNodeIdInvalidQuotaTypeMissingTokenGetTokenFailedTokenExpiredDatabaseConnectionFailedDisConnectionFailedEdgeBrokerConnectionFailedTokenConversionFailedTokenServiceInternalErrorProjectIdTokenMismatchInvalidCertificateAuthTokenNotFoundBadTokenNoRunningNodeInGroupDeploymentPendingCreateResourceNotFoundEdgeNodeNotFoundDeviceAccessConfigNotFoundDeploymentBeingDeletedNodeNotRunningDuplicateTagKeyResourceExistedNodeHasInstancesK8sClientFailedUpdateK8sFailedDeleteK8sFailedCreateK8sFailedCreateInstanceFailedRefreshTokenFailedDeleteInstanceFailedDataStructErrorInternalExceptionOperationErrorOperationErrorAlt";
    const NAMES_OFFSETS: &'static [::core::primitive::u8] = b"\x00\x00\x00\x00\x10\x00\x00\x00$\x00\x00\x001\x00\x00\x00=\x00\x00\x00J\x00\x00\x00[\x00\x00\x00q\x00\x00\x00\x84\x00\x00\x00\x98\x00\x00\x00\xa9\x00\x00\x00\xc8\x00\x00\x00\xd8\x00\x00\x00\xf5\x00\x00\x00\x0e\x01\x00\x00\x1f\x01\x00\x00:\x01\x00\x00M\x01\x00\x00d\x01\x00\x00~\x01\x00\x00\x9c\x01\x00\x00\xb6\x01\x00\x00\xca\x01\x00\x00\xdd\x01\x00\x00\xf2\x01\x00\x00\x06\x02\x00\x00\x1d\x02\x00\x00.\x02\x00\x00N\x02\x00\x00d\x02\x00\x00w\x02\x00\x00\x89\x02\x00\x00\x9d\x02\x00\x00\xae\x02\x00\x00\xbf\x02\x00\x00\xd0\x02\x00\x00\xe0\x02\x00\x00\xf2\x02\x00\x00\xfd\x02\x00\x00\x0b\x03\x00\x00\x17\x03\x00\x006\x03\x00\x00N\x03\x00\x00]\x03\x00\x00v\x03\x00\x00\x87\x03\x00\x00\xa1\x03\x00\x00\xb4\x03\x00\x00\xcc\x03\x00\x00\xe4\x03\x00\x00\xf8\x03\x00\x00\x10\x04\x00\x00\x1f\x04\x00\x006\x04\x00\x00L\x04\x00\x00b\x04\x00\x00q\x04\x00\x00\x8b\x04\x00\x00\xa3\x04\x00\x00\xbc\x04\x00\x00\xd8\x04\x00\x00\xf4\x04\x00\x00\x0f\x05\x00\x00+\x05\x00\x007\x05\x00\x00L\x05\x00\x00_\x05\x00\x00q\x05\x00\x00\x7f\x05\x00\x00\x95\x05\x00\x00\xa2\x05\x00\x00\xbc\x05\x00\x00\xcb\x05\x00\x00\xde\x05\x00\x00\xf8\x05\x00\x00\x0f\x06\x00\x00(\x06\x00\x00=\x06\x00\x00M\x06\x00\x00Z\x06\x00\x00s\x06\x00\x00\x7f\x06\x00\x00\x8f\x06\x00\x00\xa6\x06\x00\x00\xc2\x06\x00\x00\xe4\x06\x00\x00\x05\x07\x00\x00,\x07\x00\x00>\x07\x00\x00K\x07\x00\x00_\x07\x00\x00u\x07\x00\x00\x93\x07\x00\x00\xa9\x07\x00\x00\xbb\x07\x00\x00\xcc\x07\x00\x00\xe1\x07\x00\x00\xf5\x07\x00\x00\x0f\x08\x00\x00#\x08\x00\x003\x08\x00\x00E\x08\x00\x00T\x08\x00\x00e\x08\x00\x00y\x08\x00\x00\x90\x08\x00\x00\xa9\x08\x00\x00\xb9\x08\x00\x00\xcb\x08\x00\x00\xdf\x08\x00\x00\xf2\x08\x00\x00\x00\x09\x00\x00\x10\x09\x00\x00)\x09\x00\x00<\x09\x00\x00I\x09\x00\x00Y\x09\x00\x00e\x09\x00\x00s\x09\x00\x00\x7f\x09\x00\x00\x97\x09\x00\x00\xaa\x09\x00\x00\xc4\x09\x00\x00\xd9\x09\x00\x00\xf2\x09\x00\x00\x08\x0a\x00\x00\x1a\x0a\x00\x00+\x0a\x00\x003\x0a\x00\x00G\x0a\x00\x00^\x0a\x00\x00n\x0a\x00\x00~\x0a\x00\x00\x98\x0a\x00\x00\xae\x0a\x00\x00\xbc\x0a\x00\x00\xcb\x0a\x00\x00\xda\x0a\x00\x00\xea\x0a\x00\x00\xf9\x0a\x00\x00\x08\x0b\x00\x00\x17\x0b\x00\x00&\x0b\x00\x00:\x0b\x00\x00L\x0b\x00\x00`\x0b\x00\x00o\x0b\x00\x00\x80\x0b\x00\x00\x8e\x0b\x00\x00\x9f\x0b\x00\x00";
    const CODES_JOINED: &'static ::core::primitive::str = r"IEF.011002IEF.011005IEF.100004IEF.100005IEF.100009IEF.100010IEF.100011IEF.100012IEF.100013IEF.100020IEF.100021IEF.100040IEF.100047IEF.100057IEF.100058IEF.100065IEF.100067IEF.100100IEF.100103IEF.100112IEF.100113IEF.100119IEF.100120IEF.100121IEF.100122IEF.100126IEF.100129IEF.100130IEF.100133IEF.100136IEF.100139IEF.100144IEF.100148IEF.100149IEF.100150IEF.100151IEF.100152IEF.100155IEF.100159IEF.100161IEF.100162IEF.100163IEF.100165IEF.100166IEF.100167IEF.100220IEF.100238IEF.100241IEF.100242IEF.100404IEF.100406IEF.100410IEF.100412IEF.100424IEF.100425IEF.100506IEF.101001IEF.101002IEF.101003IEF.101004IEF.101005IEF.101006IEF.101007IEF.104003IEF.104004IEF.110074IEF.110076IEF.110080IEF.110081IEF.120001IEF.300000IEF.300001IEF.300002IEF.300003IEF.300004IEF.300005IEF.300006IEF.300007IEF.300008IEF.300009IEF.300101IEF.300102IEF.300103IEF.300104IEF.300105IEF.300106IEF.300107IEF.300108IEF.300109IEF.300110IEF.300111IEF.300112IEF.300113IEF.300114IEF.300115IEF.300116IEF.300117IEF.300118IEF.300119IEF.300120IEF.300121IEF.300122IEF.300123IEF.300124IEF.300125IEF.300126IEF.300127IEF.300128IEF.300129IEF.300130IEF.300131IEF.300132IEF.300133IEF.300134IEF.300135IEF.300201IEF.310000IEF.310001IEF.310002IEF.310003IEF.330000IEF.330001IEF.340000IEF.340001IEF.100049IEF.100050IEF.110001IEF.110002IEF.100401IEF.130087IEF.100109IEF.100173IEF.110085IEF.100117IEF.100172IEF.130085IEF.130086IEF.130091IEF.100411IEF.100413IEF.100414IEF.100415IEF.100417IEF.100418IEF.100419IEF.100426IEF.100427IEF.100428IEF.100429";
    const CODES_OFFSETS: &'static [::core::primitive::u8] = b"\x00\x00\x00\x00\x0a\x00\x00\x00\x14\x00\x00\x00\x1e\x00\x00\x00(\x00\x00\x002\x00\x00\x00<\x00\x00\x00F\x00\x00\x00P\x00\x00\x00Z\x00\x00\x00d\x00\x00\x00n\x00\x00\x00x\x00\x00\x00\x82\x00\x00\x00\x8c\x00\x00\x00\x96\x00\x00\x00\xa0\x00\x00\x00\xaa\x00\x00\x00\xb4\x00\x00\x00\xbe\x00\x00\x00\xc8\x00\x00\x00\xd2\x00\x00\x00\xdc\x00\x00\x00\xe6\x00\x00\x00\xf0\x00\x00\x00\xfa\x00\x00\x00\x04\x01\x00\x00\x0e\x01\x00\x00\x18\x01\x00\x00\x22\x01\x00\x00,\x01\x00\x006\x01\x00\x00@\x01\x00\x00J\x01\x00\x00T\x01\x00\x00^\x01\x00\x00h\x01\x00\x00r\x01\x00\x00|\x01\x00\x00\x86\x01\x00\x00\x90\x01\x00\x00\x9a\x01\x00\x00\xa4\x01\x00\x00\xae\x01\x00\x00\xb8\x01\x00\x00\xc2\x01\x00\x00\xcc\x01\x00\x00\xd6\x01\x00\x00\xe0\x01\x00\x00\xea\x01\x00\x00\xf4\x01\x00\x00\xfe\x01\x00\x00\x08\x02\x00\x00\x12\x02\x00\x00\x1c\x02\x00\x00&\x02\x00\x000\x02\x00\x00:\x02\x00\x00D\x02\x00\x00N\x02\x00\x00X\x02\x00\x00b\x02\x00\x00l\x02\x00\x00v\x02\x00\x00\x80\x02\x00\x00\x8a\x02\x00\x00\x94\x02\x00\x00\x9e\x02\x00\x00\xa8\x02\x00\x00\xb2\x02\x00\x00\xbc\x02\x00\x00\xc6\x02\x00\x00\xd0\x02\x00\x00\xda\x02\x00\x00\xe4\x02\x00\x00\xee\x02\x00\x00\xf8\x02\x00\x00\x02\x03\x00\x00\x0c\x03\x00\x00\x16\x03\x00\x00 \x03\x00\x00*\x03\x00\x004\x03\x00\x00>\x03\x00\x00H\x03\x00\x00R\x03\x00\x00\x5c\x03\x00\x00f\x03\x00\x00p\x03\x00\x00z\x03\x00\x00\x84\x03\x00\x00\x8e\x03\x00\x00\x98\x03\x00\x00\xa2\x03\x00\x00\xac\x03\x00\x00\xb6\x03\x00\x00\xc0\x03\x00\x00\xca\x03\x00\x00\xd4\x03\x00\x00\xde\x03\x00\x00\xe8\x03\x00\x00\xf2\x03\x00\x00\xfc\x03\x00\x00\x06\x04\x00\x00\x10\x04\x00\x00\x1a\x04\x00\x00$\x04\x00\x00.\x04\x00\x008\x04\x00\x00B\x04\x00\x00L\x04\x00\x00V\x04\x00\x00`\x04\x00\x00j\x04\x00\x00t\x04\x00\x00~\x04\x00\x00\x88\x04\x00\x00\x92\x04\x00\x00\x9c\x04\x00\x00\xa6\x04\x00\x00\xb0\x04\x00\x00\xba\x04\x00\x00\xc4\x04\x00\x00\xce\x04\x00\x00\xd8\x04\x00\x00\xe2\x04\x00\x00\xec\x04\x00\x00\xf6\x04\x00\x00\x00\x05\x00\x00\x0a\x05\x00\x00\x14\x05\x00\x00\x1e\x05\x00\x00(\x05\x00\x002\x05\x00\x00<\x05\x00\x00F\x05\x00\x00P\x05\x00\x00Z\x05\x00\x00d\x05\x00\x00n\x05\x00\x00x\x05\x00\x00\x82\x05\x00\x00\x8c\x05\x00\x00\x96\x05\x00\x00\xa0\x05\x00\x00\xaa\x05\x00\x00\xb4\x05\x00\x00\xbe\x05\x00\x00\xc8\x05\x00\x00\xd2\x05\x00\x00";
    const MESSAGES_EN_JOINED: &'static ::core::primitive::str = r"The API is not registered.Authentication failed.The request offset does not comply with specifications.The request limit does not comply with specifications.The attached volume does not meet specifications.The application version does not meet specifications.The application template name does not comply with the specifications.The resource name does not comply with the specifications.The environment variable of the application version does not comply with the specifications.The application icon storage URL does not meet specifications.The description or remarks of the device binding node do not comply with the specifications.Invalid image pathThe application template visualization parameter type is not supported.Device should not exist at the same time.The device has been bound to a node.The system subscription ID does not meet requirements.The node cannot be deleted because it has bound devices.The request parameter is incorrect.Node group cert quota exceed.The configmap/secret of the mounted volume is incorrect.The resource configuration of the application version does not comply with the specifications.The name of the application configuration item does not comply with the specifications.The key of the application configuration item does not comply with the specifications.The value of the application configuration item does not meet the specifications.The configuration data of the application configuration item does not comply with the specifications.Deployment quota exceeded limit.Missing ID list.Add device missing relation description.The probe configuration of the application version does not meet specifications.The node which the device binding is not running.The number of twin of device must be lower 64.Device is not allowed to bind nodeThe name of the application key does not comply with the specifications.The application key data is invalid.The application key data type does not meet specifications.The application key does not comply with the specifications.The application key value does not meet specifications.The key is in use and cannot be deleted.The application configuration item is in use and cannot be deleted.The node is being updated. The application cannot be deleted.The advanced configuration parameters of the application version do not comply with the specifications.The node operation type is not supported.The application key data includes at least one key-value pair.The node version is too early. The node cannot be updated.The node version is too early.Device twin and its property visitor is inconsistencyThe twin is not allowed to change.Node is offline, could not upgrade.Plugin version is not supported in such instance.The resource does not exist.This API is not support in this IEF service instance.Unmarshal failed.Failed to query K8S cluster resources.Operation not authorized.Invalid status.Create tag fail.[Service Grid] Failed to convert the structure.[Service Grid] The service already exists.[Service Grid] The associated application does not exist.[Service Grid] Failed to Create K8S Cluster Resources[Service Grid] Failed to Delete K8S Cluster Resources[Service Grid] Failed to Query K8S Cluster Resources[Service Grid] Failed to Update K8S Cluster ResourcesBad Parameter.The resource to be created already exists.The specified application template cannot be found.The specified app version cannot be found.Specified device not foundThe specified device template is not found.Internal errorFailed to obtain request parameters.The request parameter message endpoint does not meet the requirements.The name of the request parameter message endpoint does not comply with the specifications.The description of the request parameter message endpoint does not comply with the specifications.The request parameter message endpoint type is not supported.The endpoint attribute of the request parameter does not comply with the specifications.The request parameter message endpoint already exists.The specified message endpoint does not exist.The message endpoint is in use and cannot be deleted.Message Endpoint Quota InsufficientThe request parameter message route does not comply with the specifications.The routing name of the request parameter does not comply with the specifications.The message route description of the request parameter does not comply with the specifications.The source endpoint ID of the message route does not comply with the specifications.The source endpoint resource of the message route does not meet the specifications.The destination endpoint ID of the message route does not comply with the specifications.The destination endpoint resource of the message route does not meet the specifications.The specified message route already exists.The specified message route does not exist.Failed to obtain the message routing request action.The message routing request action is not supported.The message route is being enabled and cannot be enabled. The message route is being disabled and cannot be disabled.Message routing quota is insufficient.The specified DIS channel does not exist.Invalid DIS channel requestedThe requested servicebus path does not meet specifications.The requested eventbus topic does not meet specifications.The requested eventbus topic already exists.The requested APIGW resource does not meet specifications.The requested MQTT topic does not meet specifications.Duplicate MQTT topic data.The REST path of the request parameter does not meet the specifications.Duplicate REST path data in the request parameter.The request parameter device is faulty.The requested device does not exist.The requested edge node does not exist.The requested edge node conflicts.When the request destination port type is tsdb, the projectID is empty.When the request destination port type is tsdb, projectID is invalid.When the request destination port type is tsdb, domain_id is invalid.The URL is invalid when the request destination port type is tsdb.When the request destination port type is tsdb, the label is invalid.The requested edge node does not exist.When the request destination port type is tsdb, the resource does not meet the specifications.The nodeId is empty or does not comply with the specifications.The quota type is incorrect.The request does not contain a token.Failed to obtain the token in the request.The token has expired.Failed to connect to the database.Failed to connect to the DIS service.Failed to connect to the edgebroker.Failed to convert the token.Internal errorProjectID is not match this token.Invalid certificate.The auth token is not found.Bad token.No running node in group.Deployment is pending create.Resource not found.Edge node not found.DeviceAccessConfig of device not found.Deployment is being deleted.Node is not running.Duplicated key in tags.Resource existed.Instance is existed do not allow to delete.k8s client failed.Update k8s failed.Delete k8s failed.Create k8s failed.Failed to create ief instance.Failed to refresh token.Failed to delete ief instance.Data struct error.Internal error.Operation error.Operation error.";
    const MESSAGES_EN_OFFSETS: &'static [::core::primitive::u8] = b"\x00\x00\x00\x00\x1a\x00\x00\x000\x00\x00\x00g\x00\x00\x00\x9d\x00\x00\x00\xce\x00\x00\x00\x03\x01\x00\x00I\x01\x00\x00\x83\x01\x00\x00\xdf\x01\x00\x00\x1d\x02\x00\x00y\x02\x00\x00\x8b\x02\x00\x00\xd2\x02\x00\x00\xfb\x02\x00\x00\x1f\x03\x00\x00U\x03\x00\x00\x8d\x03\x00\x00\xb0\x03\x00\x00\xcd\x03\x00\x00\x05\x04\x00\x00c\x04\x00\x00\xba\x04\x00\x00\x10\x05\x00\x00a\x05\x00\x00\xc6\x05\x00\x00\xe6\x05\x00\x00\xf6\x05\x00\x00\x1e\x06\x00\x00n\x06\x00\x00\x9f\x06\x00\x00\xcd\x06\x00\x00\xef\x06\x00\x007\x07\x00\x00[\x07\x00\x00\x96\x07\x00\x00\xd2\x07\x00\x00\x09\x08\x00\x001\x08\x00\x00t\x08\x00\x00\xb1\x08\x00\x00\x18\x09\x00\x00A\x09\x00\x00\x7f\x09\x00\x00\xb9\x09\x00\x00\xd7\x09\x00\x00\x0c\x0a\x00\x00.\x0a\x00\x00Q\x0a\x00\x00\x82\x0a\x00\x00\x9e\x0a\x00\x00\xd3\x0a\x00\x00\xe4\x0a\x00\x00\x0a\x0b\x00\x00#\x0b\x00\x002\x0b\x00\x00B\x0b\x00\x00q\x0b\x00\x00\x9b\x0b\x00\x00\xd4\x0b\x00\x00\x09\x0c\x00\x00>\x0c\x00\x00r\x0c\x00\x00\xa7\x0c\x00\x00\xb5\x0c\x00\x00\xdf\x0c\x00\x00\x12\x0d\x00\x00<\x0d\x00\x00V\x0d\x00\x00\x81\x0d\x00\x00\x8f\x0d\x00\x00\xb3\x0d\x00\x00\xf9\x0d\x00\x00T\x0e\x00\x00\xb6\x0e\x00\x00\xf3\x0e\x00\x00K\x0f\x00\x00\x81\x0f\x00\x00\xaf\x0f\x00\x00\xe4\x0f\x00\x00\x07\x10\x00\x00S\x10\x00\x00\xa5\x10\x00\x00\x04\x11\x00\x00X\x11\x00\x00\xab\x11\x00\x00\x04\x12\x00\x00\x5c\x12\x00\x00\x87\x12\x00\x00\xb2\x12\x00\x00\xe6\x12\x00\x00\x1a\x13\x00\x00\x8f\x13\x00\x00\xb5\x13\x00\x00\xde\x13\x00\x00\xfb\x13\x00\x006\x14\x00\x00p\x14\x00\x00\x9c\x14\x00\x00\xd6\x14\x00\x00\x0c\x15\x00\x00&\x15\x00\x00n\x15\x00\x00\xa0\x15\x00\x00\xc7\x15\x00\x00\xeb\x15\x00\x00\x12\x16\x00\x004\x16\x00\x00{\x16\x00\x00\xc0\x16\x00\x00\x05\x17\x00\x00G\x17\x00\x00\x8c\x17\x00\x00\xb3\x17\x00\x00\x11\x18\x00\x00P\x18\x00\x00l\x18\x00\x00\x91\x18\x00\x00\xbb\x18\x00\x00\xd1\x18\x00\x00\xf3\x18\x00\x00\x18\x19\x00\x00<\x19\x00\x00X\x19\x00\x00f\x19\x00\x00\x88\x19\x00\x00\x9c\x19\x00\x00\xb8\x19\x00\x00\xc2\x19\x00\x00\xdb\x19\x00\x00\xf8\x19\x00\x00\x0b\x1a\x00\x00\x1f\x1a\x00\x00F\x1a\x00\x00b\x1a\x00\x00v\x1a\x00\x00\x8d\x1a\x00\x00\x9e\x1a\x00\x00\xc9\x1a\x00\x00\xdb\x1a\x00\x00\xed\x1a\x00\x00\xff\x1a\x00\x00\x11\x1b\x00\x00/\x1b\x00\x00G\x1b\x00\x00e\x1b\x00\x00w\x1b\x00\x00\x86\x1b\x00\x00\x96\x1b\x00\x00\xa6\x1b\x00\x00";
    const MESSAGES_ZH_JOINED: &'static ::core::primitive::str = r"API未注册认证鉴权失败请求offset不符合规范请求limit不符合规范挂载卷不符合规范应用版本不符合规范应用模板命名不符合规范资源命名不符合规范应用版本环境变量不符合规范应用图标存储url地址不符合规范设备绑定节点,绑定关系描述或备注不符合规范镜像地址无效应用模板可视化参数类型不支持设备同时存在于添加和删除列表中设备已经绑定节点系统订阅ID不符合规范节点存在绑定的设备,不允许删除请求参数存在错误节点组证书资源超过配额上限挂载卷的configmap/secret存在错误应用版本资源配置不符合规范应用配置项命名不符合规范应用配置项键不符合规范应用配置项值不符合规范应用配置项配置数据不符合规范部署信息超过配额上限设备绑定节点必须包含节点列表添加节点参数缺失应用版本探针配置不符合规范设备绑定的节点未运行,不允许变更单个设备的设备孪生属性信息不能多于64个该类型设备无法绑定到节点应用密钥命名不符合规范应用密钥数据不符合无效应用密钥数据类型不符合规范应用密钥键不符合规范应用密钥值不符合规范密钥在使用中,不允许删除应用配置项在使用中,不允许删除节点更新中,不允许删除应用应用版本高级配置参数不符合规范节点操作类型不支持应用密钥数据至少包括一个键值对节点版本过低,功能不支持节点版本过低,功能不支持设备的静态属性信息和孪生属性配置不匹配设备的静态属性信息有误,不允许更改/删除节点已下线,无法更新实例不支持该插件版本资源不存在专业版不支持该API解析参数出错查询k8s集群资源失败未授权行为容器状态异常标签创建失败【服务网格】转换结构体失败【服务网格】服务已存在【服务网格】关联应用不存在【服务网格】创建k8s集群资源失败【服务网格】删除k8s集群资源失败【服务网格】查询k8s集群资源失败【服务网格】更新k8s集群资源失败参数校验出错要创建的资源已经存在找不到指定的应用模板找不到指定的应用版本指定的设备未找到指定的设备模板未找到内部错误获取请求参数失败请求参数消息端点不符合规范要求请求参数消息端点命名不符合规范请求参数消息端点描述不符合规范请求参数消息端点类型不支持请求参数消息端点属性不符合规范请求参数消息端点已存在指定消息端点不存在消息端点在使用中,不允许删除消息端点配额不足请求参数消息路由不符合规范请求参数消息路由命名不符合规范请求参数消息路由描述不符合规范消息路由源端点ID不符合规范消息路由源端点资源不符合规范消息路由目的端点ID不符合规范消息路由目的端点资源不符合规范指定消息路由已存在指定消息路由不存在获取消息路由请求action失败消息路由请求action不支持消息路由已经在启用中,不允许启用;消息路由停用中,不允许停用消息路由配额不足指定dis通道不存在请求的dis通道无效请求的servicebus路径不符合规范请求的eventbus Topic不符合规范请求的eventbus Topic已存在请求的apigw的resource不符合规范请求的MQTT的Topic不符合规范请求的MQTT的Topic数据重复请求参数rest路径不符合规范请求参数rest路径数据重复请求参数设备存在问题请求指定设备不存在请求的指定边缘节点不存在请求的边缘节点存在冲突请求目的端口类型为tsdb时,projectID为空请求目的端口类型为tsdb时,projectID无效请求目的端口类型为tsdb时,domain_id无效请求目的端口类型为tsdb时,url无效请求目的端口类型为tsdb时,标签无效请求的边缘节点不存在请求目的端口类型为tsdb时,资源不符合规范nodeId为空或不符合规范配额类型错误请求未带token获取请求中token失败token已过期连接数据库失败连接dis服务失败连接edgebroker失败转换token失败内部错误ProjectID和token不匹配token鉴权失败token未找到token错误节点组中没有正在运行的节点Deployment正在创建中指定资源不存在节点列表为空找不到设备配置信息Deployment正在删除中节点未运行标签key重复资源已存在节点绑定了实例或Deployment,不允许删除请求k8s集群失败更新k8s集群资源失败删除k8s集群资源失败创建k8s集群资源失败集群创建失败刷新鉴权信息失败集群删除失败数据状态异常内部异常操作异常操作异常";
    const MESSAGES_ZH_OFFSETS: &'static [::core::primitive::u8] = b"\x00\x00\x00\x00\x0c\x00\x00\x00\x1e\x00\x00\x009\x00\x00\x00S\x00\x00\x00k\x00\x00\x00\x86\x00\x00\x00\xa7\x00\x00\x00\xc2\x00\x00\x00\xe9\x00\x00\x00\x13\x01\x00\x00P\x01\x00\x00b\x01\x00\x00\x8c\x01\x00\x00\xb9\x01\x00\x00\xd1\x01\x00\x00\xee\x01\x00\x00\x19\x02\x00\x001\x02\x00\x00X\x02\x00\x00\x80\x02\x00\x00\xa7\x02\x00\x00\xcb\x02\x00\x00\xec\x02\x00\x00\x0d\x03\x00\x007\x03\x00\x00U\x03\x00\x00\x7f\x03\x00\x00\x97\x03\x00\x00\xbe\x03\x00\x00\xec\x03\x00\x00$\x04\x00\x00H\x04\x00\x00i\x04\x00\x00\x8a\x04\x00\x00\xb1\x04\x00\x00\xcf\x04\x00\x00\xed\x04\x00\x00\x0f\x05\x00\x00:\x05\x00\x00_\x05\x00\x00\x8c\x05\x00\x00\xa7\x05\x00\x00\xd4\x05\x00\x00\xf6\x05\x00\x00\x18\x06\x00\x00Q\x06\x00\x00\x89\x06\x00\x00\xa5\x06\x00\x00\xc3\x06\x00\x00\xd2\x06\x00\x00\xea\x06\x00\x00\xfc\x06\x00\x00\x17\x07\x00\x00&\x07\x00\x008\x07\x00\x00J\x07\x00\x00q\x07\x00\x00\x92\x07\x00\x00\xb9\x07\x00\x00\xe6\x07\x00\x00\x13\x08\x00\x00@\x08\x00\x00m\x08\x00\x00\x7f\x08\x00\x00\x9d\x08\x00\x00\xbb\x08\x00\x00\xd9\x08\x00\x00\xf1\x08\x00\x00\x0f\x09\x00\x00\x1b\x09\x00\x003\x09\x00\x00`\x09\x00\x00\x8d\x09\x00\x00\xba\x09\x00\x00\xe1\x09\x00\x00\x0e\x0a\x00\x00/\x0a\x00\x00J\x0a\x00\x00r\x0a\x00\x00\x8a\x0a\x00\x00\xb1\x0a\x00\x00\xde\x0a\x00\x00\x0b\x0b\x00\x001\x0b\x00\x00[\x0b\x00\x00\x84\x0b\x00\x00\xb1\x0b\x00\x00\xcc\x0b\x00\x00\xe7\x0b\x00\x00\x0b\x0c\x00\x00,\x0c\x00\x00\x80\x0c\x00\x00\x98\x0c\x00\x00\xb0\x0c\x00\x00\xc8\x0c\x00\x00\xf0\x0c\x00\x00\x16\x0d\x00\x006\x0d\x00\x00^\x0d\x00\x00\x82\x0d\x00\x00\xa3\x0d\x00\x00\xc8\x0d\x00\x00\xea\x0d\x00\x00\x08\x0e\x00\x00#\x0e\x00\x00G\x0e\x00\x00h\x0e\x00\x00\x9a\x0e\x00\x00\xcc\x0e\x00\x00\xfe\x0e\x00\x00*\x0f\x00\x00Y\x0f\x00\x00w\x0f\x00\x00\xaf\x0f\x00\x00\xcd\x0f\x00\x00\xdf\x0f\x00\x00\xf0\x0f\x00\x00\x0a\x10\x00\x00\x18\x10\x00\x00-\x10\x00\x00B\x10\x00\x00X\x10\x00\x00i\x10\x00\x00u\x10\x00\x00\x8f\x10\x00\x00\xa0\x10\x00\x00\xae\x10\x00\x00\xb9\x10\x00\x00\xe0\x10\x00\x00\xf9\x10\x00\x00\x0e\x11\x00\x00 \x11\x00\x00;\x11\x00\x00T\x11\x00\x00c\x11\x00\x00r\x11\x00\x00\x81\x11\x00\x00\xb3\x11\x00\x00\xc8\x11\x00\x00\xe3\x11\x00\x00\xfe\x11\x00\x00\x19\x12\x00\x00+\x12\x00\x00C\x12\x00\x00U\x12\x00\x00g\x12\x00\x00s\x12\x00\x00\x7f\x12\x00\x00\x8b\x12\x00\x00";
    const REMEDIATIONS_EN_JOINED: &'static ::core::primitive::str = r"Check that the request URL is spelled correctly. If it is correct, contact technical support.Obtain the token with the tenant's project_id and try again. If the token is correct, contact technical support.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Read the error details in the response body, correct the parameter values for the specific cause, and try again.Specify a valid volume type as specified.Specify a valid version name for the application version as specified.Specify a valid application template name as specified and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Specify a correct image address and try again.Fill in the value as specified. The template visibility attribute supports only public/private/shared, or may be left empty.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Unbind the node from the device first, then delete the device.Check the requirements in the API reference, specify a valid message topic as specified, and try again.Log in to the IEF console, open the node management page, find the node, open its details page, check whether devices are bound to it, unbind them, and delete the node again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Correct the parameter values according to the error details in the response body, make sure the quota is sufficient, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Specify a valid resource configuration for the application version as specified.Specify a valid configuration item name as specified.Specify a valid configuration item data key as specified.Specify a valid configuration item data value as specified.Specify valid configuration item data as specified.Correct the parameter values according to the error details in the response body, make sure the quota is sufficient, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Specify valid probe attributes as specified. Only the three attributes exec, http_get and tcp_socket_port are supported.Make sure the node is running normally and try again.Correct the parameter values according to the error details in the response body, make sure the quota is sufficient, and try again.Make sure the device type is correct and try again.Specify a valid secret name as specified.Specify valid secret data as specified.Specify a valid secret type as specified.Specify a valid secret key as specified.Specify a valid secret value as specified.Stop using the secret first, then delete it.Stop using the configuration item first, then delete it.Stop the node update first, then delete the application.Specify valid advanced configuration parameters for the application version as specified.Specify a correct node operation type.Check that the secret data contains secret records: at least one record is required.Upgrade the node to the latest version. The node's details page shows its version and upgrade history.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Check that the device's static attributes are correct, correct the parameter values, and try again.Check that the device's static attributes are correct, correct the parameter values, and try again.Make sure the node is running normally and try again.Make sure the plugin version matches the instance version, and use a correct plugin version.Make sure the requested resource parameters are correct. If they are correct, contact technical support.The professional edition does not support this API. Use the enterprise edition instead.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Internal error. Contact technical support.Make sure the token in the request header is correct and try again. If the token is correct, contact technical support.Internal error. Contact technical support.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Change the service parameters, or delete the existing unused service, and try again.Check whether the associated application exists, specify a correct associated application, and try again.Internal error. Contact technical support.Internal error. Contact technical support.Internal error. Contact technical support.Internal error. Contact technical support.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Change the resource parameters, or delete the existing unused resource, and try again.Check whether the application template exists, specify an existing application template, and try again.Check whether the specified application version exists, specify a correct application version, and try again.Check whether the specified device exists, specify a correct device, and try again.Check whether the specified device template exists, specify a correct device template, and try again.Internal error. Contact technical support.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Rename the message endpoint, or, if it does not affect your services, delete the existing message endpoint, and try again.Check whether the specified message endpoint has been deleted, specify valid message endpoint information as specified, and try again.Stop using the message endpoint, or wait until it is no longer in use, then delete it.Reduce resource usage, or contact technical support to increase the quota.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Rename the message route, or, if it does not affect your services, delete the existing message route, and try again.Check whether the specified message route has been deleted, specify valid message route information as specified, and try again.Specify a valid message route operation action as specified and try again.Specify a valid message route operation action as specified and try again.Log in to the IEF console, find the route on the message routes page, check its current state, and act according to your services. If the route is already being enabled, do not enable it again.Reduce resource usage, or contact technical support to increase the quota.Check whether the specified DIS channel has been deleted, specify valid DIS channel information as specified, and try again.Check whether the specified DIS channel has been deleted, specify valid DIS channel information as specified, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Change the eventbus topic, or, if it does not affect your services, delete the existing eventbus topic, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Change the MQTT topic, or, if it does not affect your services, delete the existing MQTT topic, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Change the REST path, or, if it does not affect your services, delete the existing REST path, and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Check whether the specified device has been deleted, specify valid device information as specified, and try again.Check whether the specified edge node has been deleted, specify valid edge node information as specified, and try again.Change the edge node, or, if it does not affect your services, delete the existing edge node, and try again.Specify a correct project_id and try again.Specify a correct project_id and try again.Specify a correct domain_id and try again.Specify a correct URL and try again.Specify a correct label and try again.Check whether the specified edge node has been deleted, specify valid edge node information as specified, and try again.Specify a correct resource and try again.Specify a correct nodeId and try again.Correct the quota type according to the returned error details or the API reference, and try again.Make sure the request header carries a correct token.Make sure the token is correct, or obtain a new token. If the token is correct, contact technical support.Obtain a new token.Internal error. Contact technical support.Internal error. Contact technical support.Internal error. Contact technical support.Make sure a correct token is used, or contact technical support.Internal error. Contact technical support.Obtain the token with the tenant's project_id and try again. If the token is correct, contact technical support.Make sure the token in the request header is correct and try again. If the token is correct, contact technical support.Make sure the token in the request header is correct and try again. If the token is correct, contact technical support.Make sure the token in the request header is correct and try again. If the token is correct, contact technical support.No node in the node group is running. Start a node and try again.The Deployment is being created and cannot be deleted.The specified resource does not exist. Make sure the resource is in a normal state and try again.Register (manage) a node and try again.The device configuration is missing. Configure the device again.The Deployment is being deleted. Do not delete it again.Make sure the node is running normally and try again.Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.Check whether the resource was added twice, then try again.Remove the instances or Deployments bound to the node and try again.Internal error. Contact technical support.Internal error. Contact technical support.Internal error. Contact technical support.Internal error. Contact technical support.Internal error. Contact technical support.Internal error. Contact technical support.Internal error. Contact technical support.Internal error. Contact technical support.Internal error. Contact technical support.Internal error. Contact technical support.Internal error. Contact technical support.";
    const REMEDIATIONS_EN_OFFSETS: &'static [::core::primitive::u8] = b"\x00\x00\x00\x00]\x00\x00\x00\xcd\x00\x00\x00D\x01\x00\x00\xb4\x01\x00\x00\xdd\x01\x00\x00#\x02\x00\x00h\x02\x00\x00\xdf\x02\x00\x00V\x03\x00\x00\xcd\x03\x00\x00D\x04\x00\x00r\x04\x00\x00\xee\x04\x00\x00e\x05\x00\x00\xa3\x05\x00\x00\x0a\x06\x00\x00\xb8\x06\x00\x00/\x07\x00\x00\xb2\x07\x00\x00)\x08\x00\x00y\x08\x00\x00\xae\x08\x00\x00\xe7\x08\x00\x00\x22\x09\x00\x00U\x09\x00\x00\xd8\x09\x00\x00O\x0a\x00\x00\xc6\x0a\x00\x00>\x0b\x00\x00s\x0b\x00\x00\xf6\x0b\x00\x00)\x0c\x00\x00R\x0c\x00\x00y\x0c\x00\x00\xa2\x0c\x00\x00\xca\x0c\x00\x00\xf4\x0c\x00\x00 \x0d\x00\x00X\x0d\x00\x00\x90\x0d\x00\x00\xe9\x0d\x00\x00\x0f\x0e\x00\x00c\x0e\x00\x00\xc9\x0e\x00\x00@\x0f\x00\x00\xa3\x0f\x00\x00\x06\x10\x00\x00;\x10\x00\x00\x97\x10\x00\x00\xff\x10\x00\x00V\x11\x00\x00\xcd\x11\x00\x00\xf7\x11\x00\x00n\x12\x00\x00\x98\x12\x00\x00\x0f\x13\x00\x00\x86\x13\x00\x00\xda\x13\x00\x00C\x14\x00\x00m\x14\x00\x00\x97\x14\x00\x00\xc1\x14\x00\x00\xeb\x14\x00\x00b\x15\x00\x00\xb8\x15\x00\x00\x1f\x16\x00\x00\x8c\x16\x00\x00\xdf\x16\x00\x00D\x17\x00\x00n\x17\x00\x00\xe5\x17\x00\x00\x5c\x18\x00\x00\xd3\x18\x00\x00J\x19\x00\x00\xc1\x19\x00\x008\x1a\x00\x00\xb2\x1a\x00\x008\x1b\x00\x00\x8e\x1b\x00\x00\xd8\x1b\x00\x00O\x1c\x00\x00\xc6\x1c\x00\x00=\x1d\x00\x00\xb4\x1d\x00\x00+\x1e\x00\x00\xa2\x1e\x00\x00\x19\x1f\x00\x00\x8d\x1f\x00\x00\x0d \x00\x00W \x00\x00\xa1 \x00\x00b!\x00\x00\xac!\x00\x00(\x22\x00\x00\xa4\x22\x00\x00\x1b#\x00\x00\x92#\x00\x00\x08$\x00\x00\x7f$\x00\x00\xf6$\x00\x00d%\x00\x00\xdb%\x00\x00G&\x00\x00\xbe&\x00\x000'\x00\x00\xa8'\x00\x00\x14(\x00\x00?(\x00\x00j(\x00\x00\x94(\x00\x00\xb8(\x00\x00\xde(\x00\x00V)\x00\x00\x7f)\x00\x00\xa6)\x00\x00\x09*\x00\x00>*\x00\x00\xa8*\x00\x00\xbb*\x00\x00\xe5*\x00\x00\x0f+\x00\x009+\x00\x00y+\x00\x00\xa3+\x00\x00\x13,\x00\x00\x8a,\x00\x00\x01-\x00\x00x-\x00\x00\xb9-\x00\x00\xef-\x00\x00P.\x00\x00w.\x00\x00\xb7.\x00\x00\xef.\x00\x00$/\x00\x00\x9b/\x00\x00\xd6/\x00\x00\x1a0\x00\x00D0\x00\x00n0\x00\x00\x980\x00\x00\xc20\x00\x00\xec0\x00\x00\x161\x00\x00@1\x00\x00j1\x00\x00\x941\x00\x00\xbe1\x00\x00\xe81\x00\x00";
    const REMEDIATIONS_ZH_JOINED: &'static ::core::primitive::str = r"确认请求的url是否拼写正确,如果确认使用正确,请联系技术支持工程师协助解决确认用租户的project_id获取token后重试。如果确认token正确,请联系技术支持工程师协助解决根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试查看请求返回体的错误信息,请根据具体失败原因,修改参数值后重试。按照规范正确填写卷类型按照规范正确填写应用版本的版本名称请按照规范正确填写应用模板名称后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试请填写正确的镜像地址后重试按照规范正确填写,模板可见性属性值仅支持public/private/shared或不填根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。先解绑设备上的节点,再执行删除设备操作查看接口文档要求,按照规范正确填写消息主题后重试登录IEF控制台,进入节点管理页面,找到需要操作的节点,进入节点详情页,确认是否已绑定设备,解绑设备后,重新执行删除节点操作根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试请根据返回体中的错误详细原因,修改参数值,确保配额充足再重试。根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试按照规范正确填写应用版本资源配置按照规范正确填写配置项命名按照规范正确填写配置项数据key按照规范正确填写配置项数据value按照规范正确填写配置项数据请根据返回体中的错误详细原因,修改参数值,确保配额充足再重试。根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。按照规范正确填写探针属性,仅支持exec/http_get/tcp_socket_port三个属性请确认节点正常运行后重试。请根据返回体中的错误详细原因,修改参数值,确保配额充足再重试。请确认设备类型正确后重试。按照规范正确填写密钥名称按照规范正确填写密钥数据按照规范正确填写密钥类型按照规范正确填写密钥键按照规范正确填写密钥值先停止密钥的使用,再执行删除密钥的动作先停止配置项的使用,再执行删除配置项的动作先停止节点更新,再执行删除应用的动作按照规范正确填写应用版本高级配置参数请指定正确的节点操作类型检查密钥数据是否存在密钥数据记录,至少存在一个密钥记录建议升级节点到最新版本,可以在节点详情页确认节点版本,以及查看节点升级记录根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试请检查设备的静态属性信息正确,修改参数值后重试。请检查设备的静态属性信息正确,修改参数值后重试。请确认节点正常运行后重试。请确认插件和实例的版本匹配,使用正确的插件版本。请确保请求资源参数的正确性,如果确认使用正确,请联系技术支持工程师协助解决专业版不支持该API,请在企业版中操作。根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。内部错误,请联系技术支持工程师协助解决确认用请求头中的token正确后重试。如果确认token正确,请联系技术支持工程师协助解决。内部错误,请联系技术支持工程师协助解决。根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试修改服务参数,或者删除已存在的无用服务后重试确认关联应用是否存在,正确填写关联应用后重试内部错误,请联系技术支持工程师协助解决内部错误,请联系技术支持工程师协助解决内部错误,请联系技术支持工程师协助解决内部错误,请联系技术支持工程师协助解决根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。修改资源参数,或者删除已存在的无用资源后重试查看相应的应用模板是否存在,正确填写存在的应用模板后重试确认指定的应用版本是否存在,正确填写应用版本后重试确认指定的设备是否存在,正确填写设备后重试确认指定的设备模板是否存在,正确填写设备模板后重试内部错误,请联系技术支持工程师协助解决根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试修改消息端点命名,或者在确定不影响业务的情况下,删除已存在的消息端点后重试确定指定的消息端点是否被删除,按照规范正确填写消息端点信息后重试结束消息端点使用,或者等待消息端点使用结束后,再执行删除操作请减少资源使用量,或者联系技术支持工程师扩大配额根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试修改消息路由命名,或者在确定不影响业务的情况下,删除已存在的消息路由后重试确定指定的消息路由是否被删除,按照规范正确填写消息路由信息后重试按照规范正确填写消息路由操作action后重试按照规范正确填写消息路由操作action后重试登录IEF控制台,在消息路由页面找到指定的路由,确定路由当前状态,根据当前业务执行操作,如果路由已经在启用中,就不用再执行启用操作请减少资源使用量,或者联系技术支持工程师扩大配额确定指定的dis通道是否被删除,按照规范正确填写dis通道信息后重试确定指定的dis通道是否被删除,按照规范正确填写dis通道信息后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试修改eventbus Topic,或者在确定不影响业务的情况下,删除已存在的eventbus Topic后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试修改MQTT的Topic,或者在确定不影响业务的情况下,删除已存在的MQTT的Topic后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试修改rest路径或者在确定不影响业务的情况下,删除已存在的rest路径后重试根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试确定指定的设备是否被删除,按照规范正确填写设备信息后重试确定指定的边缘节点是否被删除,按照规范正确填写边缘节点信息后重试修改边缘节点,或者在确定不影响业务的情况下,删除已存在的边缘节点后重试请填写正确的project_id后重试请填写正确的project_id后重试请填写正确的domain_id后重试请填写正确的URL后重试请填写正确的标签后重试确定指定的边缘节点是否被删除,按照规范正确填写边缘节点信息后重试请填写正确的资源后重试请填写正确的nodeId后重试根据返回的具体错误信息,或者对照接口文档,修改配额类型后重试确认请求header里带上正确的token确认填写正确token,或重新获取token。如果确认token正确,请联系技术支持工程师协助解决重新申请token内部错误,请联系技术支持工程师协助解决内部错误,请联系技术支持工程师协助解决内部错误,请联系技术支持工程师协助解决请确认使用了正确的token,或者请联系技术支持工程师协助解决内部错误,请联系技术支持工程师协助解决确认用租户的project_id获取token后重试。如果确认token正确,请联系技术支持工程师协助解决。确认用请求头中的token正确后重试。如果确认token正确,请联系技术支持工程师协助解决。确认用请求头中的token正确后重试。如果确认token正确,请联系技术支持工程师协助解决。确认用请求头中的token正确后重试。如果确认token正确,请联系技术支持工程师协助解决。节点组中没有正在运行的节点,请启动节点后操作。Deployment正在创建中,无法删除。指定资源不存在,请确认资源的状态正常后重试。请纳管节点后重试。设备配置缺失,请重新配置设备。Deployment正在删除中,请勿重复删除。请确认节点正常运行后重试。根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。请确认是否重复添加资源后重试。请清除节点绑定的实例或Deployment后重试。内部错误,请联系技术支持工程师协助解决。内部错误,请联系技术支持工程师协助解决。内部错误,请联系技术支持工程师协助解决。内部错误,请联系技术支持工程师协助解决。内部错误,请联系技术支持工程师协助解决。内部错误,请联系技术支持工程师协助解决。内部错误,请联系技术支持工程师协助解决。内部错误,请联系技术支持工程师协助解决。内部错误,请联系技术支持工程师协助解决。内部错误,请联系技术支持工程师协助解决。内部错误,请联系技术支持工程师协助解决。";
    const REMEDIATIONS_ZH_OFFSETS: &'static [::core::primitive::u8] = b"\x00\x00\x00\x00h\x00\x00\x00\xdd\x00\x00\x00I\x01\x00\x00\xa5\x01\x00\x00\xc6\x01\x00\x00\xf9\x01\x00\x00/\x02\x00\x00\x9b\x02\x00\x00\x07\x03\x00\x00s\x03\x00\x00\xdf\x03\x00\x00\x06\x04\x00\x00^\x04\x00\x00\xcd\x04\x00\x00\x04\x05\x00\x00J\x05\x00\x00\xf2\x05\x00\x00^\x06\x00\x00\xb7\x06\x00\x00#\x07\x00\x00S\x07\x00\x00z\x07\x00\x00\xa4\x07\x00\x00\xd0\x07\x00\x00\xf7\x07\x00\x00P\x08\x00\x00\xbf\x08\x00\x00.\x09\x00\x00\x85\x09\x00\x00\xac\x09\x00\x00\x05\x0a\x00\x00,\x0a\x00\x00P\x0a\x00\x00t\x0a\x00\x00\x98\x0a\x00\x00\xb9\x0a\x00\x00\xda\x0a\x00\x00\x11\x0b\x00\x00N\x0b\x00\x00\x82\x0b\x00\x00\xb8\x0b\x00\x00\xdc\x0b\x00\x00+\x0c\x00\x00\x96\x0c\x00\x00\x02\x0d\x00\x00H\x0d\x00\x00\x8e\x0d\x00\x00\xb5\x0d\x00\x00\xfb\x0d\x00\x00f\x0e\x00\x00\x9a\x0e\x00\x00\x09\x0f\x00\x00@\x0f\x00\x00\xb4\x0f\x00\x00\xee\x0f\x00\x00]\x10\x00\x00\xc9\x10\x00\x00\x09\x11\x00\x00I\x11\x00\x00\x80\x11\x00\x00\xb7\x11\x00\x00\xee\x11\x00\x00%\x12\x00\x00\x94\x12\x00\x00\xd4\x12\x00\x00&\x13\x00\x00o\x13\x00\x00\xac\x13\x00\x00\xf5\x13\x00\x00,\x14\x00\x00\x98\x14\x00\x00\x04\x15\x00\x00p\x15\x00\x00\xdc\x15\x00\x00H\x16\x00\x00\xb4\x16\x00\x00\x1f\x17\x00\x00}\x17\x00\x00\xd3\x17\x00\x00\x19\x18\x00\x00\x85\x18\x00\x00\xf1\x18\x00\x00]\x19\x00\x00\xc9\x19\x00\x005\x1a\x00\x00\xa1\x1a\x00\x00\x0d\x1b\x00\x00x\x1b\x00\x00\xd6\x1b\x00\x00\x0f\x1c\x00\x00H\x1c\x00\x00\xfb\x1c\x00\x00A\x1d\x00\x00\x99\x1d\x00\x00\xf1\x1d\x00\x00]\x1e\x00\x00\xc9\x1e\x00\x002\x1f\x00\x00\x9e\x1f\x00\x00\x0a \x00\x00o \x00\x00\xdb \x00\x00;!\x00\x00\xa7!\x00\x00\xf9!\x00\x00W\x22\x00\x00\xbc\x22\x00\x00\xe1\x22\x00\x00\x06#\x00\x00*#\x00\x00H#\x00\x00i#\x00\x00\xc7#\x00\x00\xe8#\x00\x00\x09$\x00\x00_$\x00\x00\x88$\x00\x00\xf9$\x00\x00\x0a%\x00\x00A%\x00\x00x%\x00\x00\xaf%\x00\x00\x00&\x00\x007&\x00\x00\xaf&\x00\x00#'\x00\x00\x97'\x00\x00\x0b(\x00\x00N(\x00\x00w(\x00\x00\xb7(\x00\x00\xd2(\x00\x00\xfd(\x00\x00,)\x00\x00S)\x00\x00\xc2)\x00\x00\xef)\x00\x00&*\x00\x00`*\x00\x00\x9a*\x00\x00\xd4*\x00\x00\x0e+\x00\x00H+\x00\x00\x82+\x00\x00\xbc+\x00\x00\xf6+\x00\x000,\x00\x00j,\x00\x00\xa4,\x00\x00";
    const NAMES: ::ief_errors::__private::Texts = unsafe {
        ::ief_errors::__private::Texts::new(NAMES_JOINED, NAMES_OFFSETS)
    };
    const CODES: ::ief_errors::__private::Texts = unsafe {
        ::ief_errors::__private::Texts::new(CODES_JOINED, CODES_OFFSETS)
    };
    const MESSAGES_EN: ::ief_errors::__private::Texts = unsafe {
        ::ief_errors::__private::Texts::new(MESSAGES_EN_JOINED, MESSAGES_EN_OFFSETS)
    };
    const MESSAGES_ZH: ::ief_errors::__private::Texts = unsafe {
        ::ief_errors::__private::Texts::new(MESSAGES_ZH_JOINED, MESSAGES_ZH_OFFSETS)
    };
    const REMEDIATIONS_EN: ::ief_errors::__private::Texts = unsafe {
        ::ief_errors::__private::Texts::new(
            REMEDIATIONS_EN_JOINED,
            REMEDIATIONS_EN_OFFSETS,
        )
    };
    const REMEDIATIONS_ZH: ::ief_errors::__private::Texts = unsafe {
        ::ief_errors::__private::Texts::new(
            REMEDIATIONS_ZH_JOINED,
            REMEDIATIONS_ZH_OFFSETS,
        )
    };
    const SEED: ::core::primitive::u64 = 11400714819323198485;
    const PILOTS: &[::core::primitive::u8; 38] = &[
        0, 3, 3, 0, 3, 3, 1, 4, 15, 34, 1, 7, 2, 0, 7, 4, 2, 18, 5, 1, 6, 6, 15, 12, 5,
        0, 0, 9, 2, 0, 14, 2, 1, 0, 22, 5, 11, 2,
    ];
    const SLOTS: &[::core::primitive::u8; 256] = &[
        0, 0, 83, 110, 0, 60, 0, 42, 0, 8, 72, 115, 134, 0, 0, 0, 59, 50, 0, 0, 0, 29, 0,
        0, 73, 0, 111, 0, 0, 66, 65, 99, 78, 0, 0, 36, 80, 44, 0, 4, 98, 92, 0, 0, 0, 39,
        139, 0, 0, 0, 0, 100, 116, 0, 0, 0, 17, 0, 137, 93, 0, 28, 0, 0, 13, 21, 0, 112,
        0, 58, 97, 86, 87, 12, 47, 0, 121, 74, 20, 0, 0, 48, 88, 126, 132, 67, 84, 57, 1,
        124, 0, 148, 15, 0, 0, 26, 0, 108, 9, 0, 0, 0, 0, 85, 61, 55, 40, 0, 102, 147, 0,
        113, 89, 0, 62, 0, 31, 27, 119, 19, 0, 0, 128, 71, 117, 5, 109, 22, 3, 91, 24,
        144, 0, 0, 0, 52, 133, 0, 0, 90, 0, 69, 0, 123, 106, 6, 114, 101, 0, 125, 0, 0,
        37, 75, 120, 104, 7, 107, 0, 138, 23, 53, 0, 11, 0, 0, 0, 0, 54, 0, 0, 63, 0, 64,
        105, 141, 0, 145, 0, 135, 0, 45, 34, 0, 2, 0, 0, 46, 0, 30, 43, 82, 142, 79, 0,
        0, 51, 76, 0, 0, 0, 127, 0, 0, 0, 0, 35, 0, 94, 0, 70, 96, 143, 25, 0, 0, 129,
        131, 140, 32, 10, 16, 81, 0, 0, 0, 0, 38, 136, 33, 118, 130, 0, 18, 41, 0, 56, 0,
        103, 0, 0, 122, 0, 0, 146, 49, 14, 0, 0, 95, 0, 0, 0, 68, 0, 77,
    ];
    impl IefError {
        /// Every variant (149), in the table's order.
        pub const ALL: &'static [Self] = variants();
        /// Every variant (149), in the table's order: [`Self::ALL`] as a function.
        ///
        /// rustc checks every element of a constant it evaluates, in time
        /// quadratic in the number of variants: the first use of `ALL`
        /// costs about 3 s of build time at 50,000 rows. A call is not
        /// evaluated at build time, so this costs nothing there.
        #[must_use]
        #[inline]
        pub const fn all() -> &'static [Self] {
            variants()
        }
        /// The variant's name as the table writes it, such as `"InvalidOffset"`.
        #[must_use]
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {
            NAMES.get(self as ::core::primitive::usize)
        }
        /// The code the service sends for this error, as the table writes it.
        #[must_use]
        #[inline]
        pub const fn code(self) -> &'static ::core::primitive::str {
            CODES.get(self as ::core::primitive::usize)
        }
        /// The HTTP status the service answers this error with.
        #[must_use]
        #[inline]
        pub const fn status(self) -> ::core::primitive::u16 {
            STATUSES[self as ::core::primitive::usize]
        }
        /// The error message in `lang`, exactly as the table has it.
        #[must_use]
        #[inline]
        pub const fn message(
            self,
            lang: ::ief_errors::Lang,
        ) -> &'static ::core::primitive::str {
            match lang {
                ::ief_errors::Lang::En => {
                    MESSAGES_EN.get(self as ::core::primitive::usize)
                }
                ::ief_errors::Lang::Zh => {
                    MESSAGES_ZH.get(self as ::core::primitive::usize)
                }
            }
        }
        /// What the caller can do about this error, in `lang`.
        #[must_use]
        #[inline]
        pub const fn remediation(
            self,
            lang: ::ief_errors::Lang,
        ) -> &'static ::core::primitive::str {
            match lang {
                ::ief_errors::Lang::En => {
                    REMEDIATIONS_EN.get(self as ::core::primitive::usize)
                }
                ::ief_errors::Lang::Zh => {
                    REMEDIATIONS_ZH.get(self as ::core::primitive::usize)
                }
            }
        }
        /// Whether the error is the service's own fault rather than the
        /// caller's: the table's `internal`, or a 5xx status when it has none.
        #[must_use]
        #[inline]
        pub const fn is_internal(self) -> ::core::primitive::bool {
            INTERNAL[self as ::core::primitive::usize]
        }
        /// What a client should do next: the table's `retry`, or without
        /// one, `Server` when the error is internal, `Throttled` for status
        /// 429, `Auth` for 401 and `Caller` otherwise.
        #[must_use]
        #[inline]
        pub const fn retry_kind(self) -> ::ief_errors::RetryKind {
            ::ief_errors::__private::retry_kind(RETRY[self as ::core::primitive::usize])
        }
        /// The variant for an exact, case-sensitive code, or `None`.
        ///
        /// A constant-time perfect-hash lookup: no allocation, one string comparison.
        #[must_use]
        pub fn from_code(code: &::core::primitive::str) -> ::core::option::Option<Self> {
            ::ief_errors::__private::find(code, SEED, PILOTS, SLOTS, CODES, variants())
        }
        /// Displays the message in `lang` instead of English.
        #[must_use]
        #[inline]
        pub const fn localized(
            self,
            lang: ::ief_errors::Lang,
        ) -> ::ief_errors::Localized<Self> {
            ::ief_errors::Localized::new(self, lang)
        }
    }
    impl ::core::fmt::Debug for IefError {
        fn fmt(
            &self,
            __formatter: &mut ::core::fmt::Formatter<'_>,
        ) -> ::core::fmt::Result {
            __formatter.write_str(Self::name(*self))
        }
    }
    /// Displays the English message, exactly as the table has it.
    impl ::core::fmt::Display for IefError {
        fn fmt(
            &self,
            __formatter: &mut ::core::fmt::Formatter<'_>,
        ) -> ::core::fmt::Result {
            __formatter.pad(self.message(::ief_errors::Lang::En))
        }
    }
    impl ::core::error::Error for IefError {}
    impl ::core::str::FromStr for IefError {
        type Err = ::ief_errors::UnknownCode;
        fn from_str(
            __code: &::core::primitive::str,
        ) -> ::core::result::Result<Self, ::ief_errors::UnknownCode> {
            ::core::option::Option::ok_or_else(
                Self::from_code(__code),
                || { ::ief_errors::UnknownCode::new(__code) },
            )
        }
    }
    impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for IefError {
        type Error = ::ief_errors::UnknownCode;
        fn try_from(
            __code: &'a ::core::primitive::str,
        ) -> ::core::result::Result<Self, ::ief_errors::UnknownCode> {
            <Self as ::core::str::FromStr>::from_str(__code)
        }
    }
    impl ::ief_errors::ErrorCode for IefError {
        const ALL: &'static [Self] = variants();
        fn code(self) -> &'static ::core::primitive::str {
            Self::code(self)
        }
        fn name(self) -> &'static ::core::primitive::str {
            Self::name(self)
        }
        fn status(self) -> ::core::primitive::u16 {
            Self::status(self)
        }
        fn message(self, __lang: ::ief_errors::Lang) -> &'static ::core::primitive::str {
            Self::message(self, __lang)
        }
        fn remediation(
            self,
            __lang: ::ief_errors::Lang,
        ) -> &'static ::core::primitive::str {
            Self::remediation(self, __lang)
        }
        fn is_internal(self) -> ::core::primitive::bool {
            Self::is_internal(self)
        }
        fn retry_kind(self) -> ::ief_errors::RetryKind {
            Self::retry_kind(self)
        }
        fn from_code(__code: &::core::primitive::str) -> ::core::option::Option<Self> {
            Self::from_code(__code)
        }
    }
};

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
    const NAMES: &[&'static ::core::primitive::str; 149] = &[
        r"ApiNotRegistered",
        r"AuthenticationFailed",
        r"InvalidOffset",
        r"InvalidLimit",
        r"InvalidVolume",
        r"InvalidAppVersion",
        r"InvalidAppTemplateName",
        r"InvalidResourceName",
        r"InvalidAppVersionEnv",
        r"InvalidAppIconUrl",
        r"InvalidDeviceBindingDescription",
        r"InvalidImagePath",
        r"UnsupportedTemplateVisibility",
        r"DeviceBothAddedAndRemoved",
        r"DeviceBoundToNode",
        r"InvalidSystemSubscriptionId",
        r"NodeHasBoundDevices",
        r"InvalidRequestParameter",
        r"NodeGroupCertQuotaExceeded",
        r"InvalidVolumeConfigMapOrSecret",
        r"InvalidAppVersionResources",
        r"InvalidConfigMapName",
        r"InvalidConfigMapKey",
        r"InvalidConfigMapValue",
        r"InvalidConfigMapData",
        r"DeploymentQuotaExceeded",
        r"MissingNodeIdList",
        r"MissingDeviceRelationDescription",
        r"InvalidAppVersionProbe",
        r"BoundNodeNotRunning",
        r"TooManyDeviceTwins",
        r"DeviceCannotBindNode",
        r"InvalidSecretName",
        r"InvalidSecretData",
        r"InvalidSecretType",
        r"InvalidSecretKey",
        r"InvalidSecretValue",
        r"SecretInUse",
        r"ConfigMapInUse",
        r"NodeUpdating",
        r"InvalidAppVersionAdvancedConfig",
        r"UnsupportedNodeOperation",
        r"EmptySecretData",
        r"NodeVersionTooOldToUpdate",
        r"NodeVersionTooOld",
        r"DeviceTwinPropertyMismatch",
        r"DeviceTwinImmutable",
        r"NodeOfflineCannotUpgrade",
        r"UnsupportedPluginVersion",
        r"ResourceDoesNotExist",
        r"ApiNotSupportedByEdition",
        r"UnmarshalFailed",
        r"QueryK8sResourcesFailed",
        r"OperationNotAuthorized",
        r"InvalidContainerStatus",
        r"CreateTagFailed",
        r"MeshStructConversionFailed",
        r"MeshServiceAlreadyExists",
        r"MeshAssociatedAppNotFound",
        r"MeshCreateK8sResourcesFailed",
        r"MeshDeleteK8sResourcesFailed",
        r"MeshQueryK8sResourcesFailed",
        r"MeshUpdateK8sResourcesFailed",
        r"BadParameter",
        r"ResourceAlreadyExists",
        r"AppTemplateNotFound",
        r"AppVersionNotFound",
        r"DeviceNotFound",
        r"DeviceTemplateNotFound",
        r"InternalError",
        r"GetRequestParametersFailed",
        r"InvalidEndpoint",
        r"InvalidEndpointName",
        r"InvalidEndpointDescription",
        r"UnsupportedEndpointType",
        r"InvalidEndpointProperties",
        r"EndpointAlreadyExists",
        r"EndpointNotFound",
        r"EndpointInUse",
        r"EndpointQuotaInsufficient",
        r"InvalidRoute",
        r"InvalidRouteName",
        r"InvalidRouteDescription",
        r"InvalidRouteSourceEndpointId",
        r"InvalidRouteSourceEndpointResource",
        r"InvalidRouteDestinationEndpointId",
        r"InvalidRouteDestinationEndpointResource",
        r"RouteAlreadyExists",
        r"RouteNotFound",
        r"GetRouteActionFailed",
        r"UnsupportedRouteAction",
        r"RouteStateTransitionInProgress",
        r"RouteQuotaInsufficient",
        r"DisChannelNotFound",
        r"InvalidDisChannel",
        r"InvalidServiceBusPath",
        r"InvalidEventBusTopic",
        r"EventBusTopicAlreadyExists",
        r"InvalidApigwResource",
        r"InvalidMqttTopic",
        r"DuplicateMqttTopic",
        r"InvalidRestPath",
        r"DuplicateRestPath",
        r"InvalidRequestDevice",
        r"RequestedDeviceNotFound",
        r"SpecifiedEdgeNodeNotFound",
        r"EdgeNodeConflict",
        r"TsdbProjectIdEmpty",
        r"TsdbProjectIdInvalid",
        r"TsdbDomainIdInvalid",
        r"TsdbUrlInvalid",
        r"TsdbLabelInvalid",
        r"RequestedEdgeNodeNotFound",
        r"TsdbResourceInvalid",
        r"InvalidNodeId",
        r"InvalidQuotaType",
        r"MissingToken",
        r"GetTokenFailed",
        r"TokenExpired",
        r"DatabaseConnectionFailed",
        r"DisConnectionFailed",
        r"EdgeBrokerConnectionFailed",
        r"TokenConversionFailed",
        r"TokenServiceInternalError",
        r"ProjectIdTokenMismatch",
        r"InvalidCertificate",
        r"AuthTokenNotFound",
        r"BadToken",
        r"NoRunningNodeInGroup",
        r"DeploymentPendingCreate",
        r"ResourceNotFound",
        r"EdgeNodeNotFound",
        r"DeviceAccessConfigNotFound",
        r"DeploymentBeingDeleted",
        r"NodeNotRunning",
        r"DuplicateTagKey",
        r"ResourceExisted",
        r"NodeHasInstances",
        r"K8sClientFailed",
        r"UpdateK8sFailed",
        r"DeleteK8sFailed",
        r"CreateK8sFailed",
        r"CreateInstanceFailed",
        r"RefreshTokenFailed",
        r"DeleteInstanceFailed",
        r"DataStructError",
        r"InternalException",
        r"OperationError",
        r"OperationErrorAlt",
    ];
    const CODES: &[&'static ::core::primitive::str; 149] = &[
        r"IEF.011002",
        r"IEF.011005",
        r"IEF.100004",
        r"IEF.100005",
        r"IEF.100009",
        r"IEF.100010",
        r"IEF.100011",
        r"IEF.100012",
        r"IEF.100013",
        r"IEF.100020",
        r"IEF.100021",
        r"IEF.100040",
        r"IEF.100047",
        r"IEF.100057",
        r"IEF.100058",
        r"IEF.100065",
        r"IEF.100067",
        r"IEF.100100",
        r"IEF.100103",
        r"IEF.100112",
        r"IEF.100113",
        r"IEF.100119",
        r"IEF.100120",
        r"IEF.100121",
        r"IEF.100122",
        r"IEF.100126",
        r"IEF.100129",
        r"IEF.100130",
        r"IEF.100133",
        r"IEF.100136",
        r"IEF.100139",
        r"IEF.100144",
        r"IEF.100148",
        r"IEF.100149",
        r"IEF.100150",
        r"IEF.100151",
        r"IEF.100152",
        r"IEF.100155",
        r"IEF.100159",
        r"IEF.100161",
        r"IEF.100162",
        r"IEF.100163",
        r"IEF.100165",
        r"IEF.100166",
        r"IEF.100167",
        r"IEF.100220",
        r"IEF.100238",
        r"IEF.100241",
        r"IEF.100242",
        r"IEF.100404",
        r"IEF.100406",
        r"IEF.100410",
        r"IEF.100412",
        r"IEF.100424",
        r"IEF.100425",
        r"IEF.100506",
        r"IEF.101001",
        r"IEF.101002",
        r"IEF.101003",
        r"IEF.101004",
        r"IEF.101005",
        r"IEF.101006",
        r"IEF.101007",
        r"IEF.104003",
        r"IEF.104004",
        r"IEF.110074",
        r"IEF.110076",
        r"IEF.110080",
        r"IEF.110081",
        r"IEF.120001",
        r"IEF.300000",
        r"IEF.300001",
        r"IEF.300002",
        r"IEF.300003",
        r"IEF.300004",
        r"IEF.300005",
        r"IEF.300006",
        r"IEF.300007",
        r"IEF.300008",
        r"IEF.300009",
        r"IEF.300101",
        r"IEF.300102",
        r"IEF.300103",
        r"IEF.300104",
        r"IEF.300105",
        r"IEF.300106",
        r"IEF.300107",
        r"IEF.300108",
        r"IEF.300109",
        r"IEF.300110",
        r"IEF.300111",
        r"IEF.300112",
        r"IEF.300113",
        r"IEF.300114",
        r"IEF.300115",
        r"IEF.300116",
        r"IEF.300117",
        r"IEF.300118",
        r"IEF.300119",
        r"IEF.300120",
        r"IEF.300121",
        r"IEF.300122",
        r"IEF.300123",
        r"IEF.300124",
        r"IEF.300125",
        r"IEF.300126",
        r"IEF.300127",
        r"IEF.300128",
        r"IEF.300129",
        r"IEF.300130",
        r"IEF.300131",
        r"IEF.300132",
        r"IEF.300133",
        r"IEF.300134",
        r"IEF.300135",
        r"IEF.300201",
        r"IEF.310000",
        r"IEF.310001",
        r"IEF.310002",
        r"IEF.310003",
        r"IEF.330000",
        r"IEF.330001",
        r"IEF.340000",
        r"IEF.340001",
        r"IEF.100049",
        r"IEF.100050",
        r"IEF.110001",
        r"IEF.110002",
        r"IEF.100401",
        r"IEF.130087",
        r"IEF.100109",
        r"IEF.100173",
        r"IEF.110085",
        r"IEF.100117",
        r"IEF.100172",
        r"IEF.130085",
        r"IEF.130086",
        r"IEF.130091",
        r"IEF.100411",
        r"IEF.100413",
        r"IEF.100414",
        r"IEF.100415",
        r"IEF.100417",
        r"IEF.100418",
        r"IEF.100419",
        r"IEF.100426",
        r"IEF.100427",
        r"IEF.100428",
        r"IEF.100429",
    ];
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
    const MESSAGES_EN: &[&'static ::core::primitive::str; 149] = &[
        r"The API is not registered.",
        r"Authentication failed.",
        r"The request offset does not comply with specifications.",
        r"The request limit does not comply with specifications.",
        r"The attached volume does not meet specifications.",
        r"The application version does not meet specifications.",
        r"The application template name does not comply with the specifications.",
        r"The resource name does not comply with the specifications.",
        r"The environment variable of the application version does not comply with the specifications.",
        r"The application icon storage URL does not meet specifications.",
        r"The description or remarks of the device binding node do not comply with the specifications.",
        r"Invalid image path",
        r"The application template visualization parameter type is not supported.",
        r"Device should not exist at the same time.",
        r"The device has been bound to a node.",
        r"The system subscription ID does not meet requirements.",
        r"The node cannot be deleted because it has bound devices.",
        r"The request parameter is incorrect.",
        r"Node group cert quota exceed.",
        r"The configmap/secret of the mounted volume is incorrect.",
        r"The resource configuration of the application version does not comply with the specifications.",
        r"The name of the application configuration item does not comply with the specifications.",
        r"The key of the application configuration item does not comply with the specifications.",
        r"The value of the application configuration item does not meet the specifications.",
        r"The configuration data of the application configuration item does not comply with the specifications.",
        r"Deployment quota exceeded limit.",
        r"Missing ID list.",
        r"Add device missing relation description.",
        r"The probe configuration of the application version does not meet specifications.",
        r"The node which the device binding is not running.",
        r"The number of twin of device must be lower 64.",
        r"Device is not allowed to bind node",
        r"The name of the application key does not comply with the specifications.",
        r"The application key data is invalid.",
        r"The application key data type does not meet specifications.",
        r"The application key does not comply with the specifications.",
        r"The application key value does not meet specifications.",
        r"The key is in use and cannot be deleted.",
        r"The application configuration item is in use and cannot be deleted.",
        r"The node is being updated. The application cannot be deleted.",
        r"The advanced configuration parameters of the application version do not comply with the specifications.",
        r"The node operation type is not supported.",
        r"The application key data includes at least one key-value pair.",
        r"The node version is too early. The node cannot be updated.",
        r"The node version is too early.",
        r"Device twin and its property visitor is inconsistency",
        r"The twin is not allowed to change.",
        r"Node is offline, could not upgrade.",
        r"Plugin version is not supported in such instance.",
        r"The resource does not exist.",
        r"This API is not support in this IEF service instance.",
        r"Unmarshal failed.",
        r"Failed to query K8S cluster resources.",
        r"Operation not authorized.",
        r"Invalid status.",
        r"Create tag fail.",
        r"[Service Grid] Failed to convert the structure.",
        r"[Service Grid] The service already exists.",
        r"[Service Grid] The associated application does not exist.",
        r"[Service Grid] Failed to Create K8S Cluster Resources",
        r"[Service Grid] Failed to Delete K8S Cluster Resources",
        r"[Service Grid] Failed to Query K8S Cluster Resources",
        r"[Service Grid] Failed to Update K8S Cluster Resources",
        r"Bad Parameter.",
        r"The resource to be created already exists.",
        r"The specified application template cannot be found.",
        r"The specified app version cannot be found.",
        r"Specified device not found",
        r"The specified device template is not found.",
        r"Internal error",
        r"Failed to obtain request parameters.",
        r"The request parameter message endpoint does not meet the requirements.",
        r"The name of the request parameter message endpoint does not comply with the specifications.",
        r"The description of the request parameter message endpoint does not comply with the specifications.",
        r"The request parameter message endpoint type is not supported.",
        r"The endpoint attribute of the request parameter does not comply with the specifications.",
        r"The request parameter message endpoint already exists.",
        r"The specified message endpoint does not exist.",
        r"The message endpoint is in use and cannot be deleted.",
        r"Message Endpoint Quota Insufficient",
        r"The request parameter message route does not comply with the specifications.",
        r"The routing name of the request parameter does not comply with the specifications.",
        r"The message route description of the request parameter does not comply with the specifications.",
        r"The source endpoint ID of the message route does not comply with the specifications.",
        r"The source endpoint resource of the message route does not meet the specifications.",
        r"The destination endpoint ID of the message route does not comply with the specifications.",
        r"The destination endpoint resource of the message route does not meet the specifications.",
        r"The specified message route already exists.",
        r"The specified message route does not exist.",
        r"Failed to obtain the message routing request action.",
        r"The message routing request action is not supported.",
        r"The message route is being enabled and cannot be enabled. The message route is being disabled and cannot be disabled.",
        r"Message routing quota is insufficient.",
        r"The specified DIS channel does not exist.",
        r"Invalid DIS channel requested",
        r"The requested servicebus path does not meet specifications.",
        r"The requested eventbus topic does not meet specifications.",
        r"The requested eventbus topic already exists.",
        r"The requested APIGW resource does not meet specifications.",
        r"The requested MQTT topic does not meet specifications.",
        r"Duplicate MQTT topic data.",
        r"The REST path of the request parameter does not meet the specifications.",
        r"Duplicate REST path data in the request parameter.",
        r"The request parameter device is faulty.",
        r"The requested device does not exist.",
        r"The requested edge node does not exist.",
        r"The requested edge node conflicts.",
        r"When the request destination port type is tsdb, the projectID is empty.",
        r"When the request destination port type is tsdb, projectID is invalid.",
        r"When the request destination port type is tsdb, domain_id is invalid.",
        r"The URL is invalid when the request destination port type is tsdb.",
        r"When the request destination port type is tsdb, the label is invalid.",
        r"The requested edge node does not exist.",
        r"When the request destination port type is tsdb, the resource does not meet the specifications.",
        r"The nodeId is empty or does not comply with the specifications.",
        r"The quota type is incorrect.",
        r"The request does not contain a token.",
        r"Failed to obtain the token in the request.",
        r"The token has expired.",
        r"Failed to connect to the database.",
        r"Failed to connect to the DIS service.",
        r"Failed to connect to the edgebroker.",
        r"Failed to convert the token.",
        r"Internal error",
        r"ProjectID is not match this token.",
        r"Invalid certificate.",
        r"The auth token is not found.",
        r"Bad token.",
        r"No running node in group.",
        r"Deployment is pending create.",
        r"Resource not found.",
        r"Edge node not found.",
        r"DeviceAccessConfig of device not found.",
        r"Deployment is being deleted.",
        r"Node is not running.",
        r"Duplicated key in tags.",
        r"Resource existed.",
        r"Instance is existed do not allow to delete.",
        r"k8s client failed.",
        r"Update k8s failed.",
        r"Delete k8s failed.",
        r"Create k8s failed.",
        r"Failed to create ief instance.",
        r"Failed to refresh token.",
        r"Failed to delete ief instance.",
        r"Data struct error.",
        r"Internal error.",
        r"Operation error.",
        r"Operation error.",
    ];
    const MESSAGES_ZH: &[&'static ::core::primitive::str; 149] = &[
        r"API未注册",
        r"认证鉴权失败",
        r"请求offset不符合规范",
        r"请求limit不符合规范",
        r"挂载卷不符合规范",
        r"应用版本不符合规范",
        r"应用模板命名不符合规范",
        r"资源命名不符合规范",
        r"应用版本环境变量不符合规范",
        r"应用图标存储url地址不符合规范",
        r"设备绑定节点,绑定关系描述或备注不符合规范",
        r"镜像地址无效",
        r"应用模板可视化参数类型不支持",
        r"设备同时存在于添加和删除列表中",
        r"设备已经绑定节点",
        r"系统订阅ID不符合规范",
        r"节点存在绑定的设备,不允许删除",
        r"请求参数存在错误",
        r"节点组证书资源超过配额上限",
        r"挂载卷的configmap/secret存在错误",
        r"应用版本资源配置不符合规范",
        r"应用配置项命名不符合规范",
        r"应用配置项键不符合规范",
        r"应用配置项值不符合规范",
        r"应用配置项配置数据不符合规范",
        r"部署信息超过配额上限",
        r"设备绑定节点必须包含节点列表",
        r"添加节点参数缺失",
        r"应用版本探针配置不符合规范",
        r"设备绑定的节点未运行,不允许变更",
        r"单个设备的设备孪生属性信息不能多于64个",
        r"该类型设备无法绑定到节点",
        r"应用密钥命名不符合规范",
        r"应用密钥数据不符合无效",
        r"应用密钥数据类型不符合规范",
        r"应用密钥键不符合规范",
        r"应用密钥值不符合规范",
        r"密钥在使用中,不允许删除",
        r"应用配置项在使用中,不允许删除",
        r"节点更新中,不允许删除应用",
        r"应用版本高级配置参数不符合规范",
        r"节点操作类型不支持",
        r"应用密钥数据至少包括一个键值对",
        r"节点版本过低,功能不支持",
        r"节点版本过低,功能不支持",
        r"设备的静态属性信息和孪生属性配置不匹配",
        r"设备的静态属性信息有误,不允许更改/删除",
        r"节点已下线,无法更新",
        r"实例不支持该插件版本",
        r"资源不存在",
        r"专业版不支持该API",
        r"解析参数出错",
        r"查询k8s集群资源失败",
        r"未授权行为",
        r"容器状态异常",
        r"标签创建失败",
        r"【服务网格】转换结构体失败",
        r"【服务网格】服务已存在",
        r"【服务网格】关联应用不存在",
        r"【服务网格】创建k8s集群资源失败",
        r"【服务网格】删除k8s集群资源失败",
        r"【服务网格】查询k8s集群资源失败",
        r"【服务网格】更新k8s集群资源失败",
        r"参数校验出错",
        r"要创建的资源已经存在",
        r"找不到指定的应用模板",
        r"找不到指定的应用版本",
        r"指定的设备未找到",
        r"指定的设备模板未找到",
        r"内部错误",
        r"获取请求参数失败",
        r"请求参数消息端点不符合规范要求",
        r"请求参数消息端点命名不符合规范",
        r"请求参数消息端点描述不符合规范",
        r"请求参数消息端点类型不支持",
        r"请求参数消息端点属性不符合规范",
        r"请求参数消息端点已存在",
        r"指定消息端点不存在",
        r"消息端点在使用中,不允许删除",
        r"消息端点配额不足",
        r"请求参数消息路由不符合规范",
        r"请求参数消息路由命名不符合规范",
        r"请求参数消息路由描述不符合规范",
        r"消息路由源端点ID不符合规范",
        r"消息路由源端点资源不符合规范",
        r"消息路由目的端点ID不符合规范",
        r"消息路由目的端点资源不符合规范",
        r"指定消息路由已存在",
        r"指定消息路由不存在",
        r"获取消息路由请求action失败",
        r"消息路由请求action不支持",
        r"消息路由已经在启用中,不允许启用;消息路由停用中,不允许停用",
        r"消息路由配额不足",
        r"指定dis通道不存在",
        r"请求的dis通道无效",
        r"请求的servicebus路径不符合规范",
        r"请求的eventbus Topic不符合规范",
        r"请求的eventbus Topic已存在",
        r"请求的apigw的resource不符合规范",
        r"请求的MQTT的Topic不符合规范",
        r"请求的MQTT的Topic数据重复",
        r"请求参数rest路径不符合规范",
        r"请求参数rest路径数据重复",
        r"请求参数设备存在问题",
        r"请求指定设备不存在",
        r"请求的指定边缘节点不存在",
        r"请求的边缘节点存在冲突",
        r"请求目的端口类型为tsdb时,projectID为空",
        r"请求目的端口类型为tsdb时,projectID无效",
        r"请求目的端口类型为tsdb时,domain_id无效",
        r"请求目的端口类型为tsdb时,url无效",
        r"请求目的端口类型为tsdb时,标签无效",
        r"请求的边缘节点不存在",
        r"请求目的端口类型为tsdb时,资源不符合规范",
        r"nodeId为空或不符合规范",
        r"配额类型错误",
        r"请求未带token",
        r"获取请求中token失败",
        r"token已过期",
        r"连接数据库失败",
        r"连接dis服务失败",
        r"连接edgebroker失败",
        r"转换token失败",
        r"内部错误",
        r"ProjectID和token不匹配",
        r"token鉴权失败",
        r"token未找到",
        r"token错误",
        r"节点组中没有正在运行的节点",
        r"Deployment正在创建中",
        r"指定资源不存在",
        r"节点列表为空",
        r"找不到设备配置信息",
        r"Deployment正在删除中",
        r"节点未运行",
        r"标签key重复",
        r"资源已存在",
        r"节点绑定了实例或Deployment,不允许删除",
        r"请求k8s集群失败",
        r"更新k8s集群资源失败",
        r"删除k8s集群资源失败",
        r"创建k8s集群资源失败",
        r"集群创建失败",
        r"刷新鉴权信息失败",
        r"集群删除失败",
        r"数据状态异常",
        r"内部异常",
        r"操作异常",
        r"操作异常",
    ];
    const REMEDIATIONS_EN: &[&'static ::core::primitive::str; 149] = &[
        r"Check that the request URL is spelled correctly. If it is correct, contact technical support.",
        r"Obtain the token with the tenant's project_id and try again. If the token is correct, contact technical support.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Read the error details in the response body, correct the parameter values for the specific cause, and try again.",
        r"Specify a valid volume type as specified.",
        r"Specify a valid version name for the application version as specified.",
        r"Specify a valid application template name as specified and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Specify a correct image address and try again.",
        r"Fill in the value as specified. The template visibility attribute supports only public/private/shared, or may be left empty.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Unbind the node from the device first, then delete the device.",
        r"Check the requirements in the API reference, specify a valid message topic as specified, and try again.",
        r"Log in to the IEF console, open the node management page, find the node, open its details page, check whether devices are bound to it, unbind them, and delete the node again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Correct the parameter values according to the error details in the response body, make sure the quota is sufficient, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Specify a valid resource configuration for the application version as specified.",
        r"Specify a valid configuration item name as specified.",
        r"Specify a valid configuration item data key as specified.",
        r"Specify a valid configuration item data value as specified.",
        r"Specify valid configuration item data as specified.",
        r"Correct the parameter values according to the error details in the response body, make sure the quota is sufficient, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Specify valid probe attributes as specified. Only the three attributes exec, http_get and tcp_socket_port are supported.",
        r"Make sure the node is running normally and try again.",
        r"Correct the parameter values according to the error details in the response body, make sure the quota is sufficient, and try again.",
        r"Make sure the device type is correct and try again.",
        r"Specify a valid secret name as specified.",
        r"Specify valid secret data as specified.",
        r"Specify a valid secret type as specified.",
        r"Specify a valid secret key as specified.",
        r"Specify a valid secret value as specified.",
        r"Stop using the secret first, then delete it.",
        r"Stop using the configuration item first, then delete it.",
        r"Stop the node update first, then delete the application.",
        r"Specify valid advanced configuration parameters for the application version as specified.",
        r"Specify a correct node operation type.",
        r"Check that the secret data contains secret records: at least one record is required.",
        r"Upgrade the node to the latest version. The node's details page shows its version and upgrade history.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Check that the device's static attributes are correct, correct the parameter values, and try again.",
        r"Check that the device's static attributes are correct, correct the parameter values, and try again.",
        r"Make sure the node is running normally and try again.",
        r"Make sure the plugin version matches the instance version, and use a correct plugin version.",
        r"Make sure the requested resource parameters are correct. If they are correct, contact technical support.",
        r"The professional edition does not support this API. Use the enterprise edition instead.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Internal error. Contact technical support.",
        r"Make sure the token in the request header is correct and try again. If the token is correct, contact technical support.",
        r"Internal error. Contact technical support.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Change the service parameters, or delete the existing unused service, and try again.",
        r"Check whether the associated application exists, specify a correct associated application, and try again.",
        r"Internal error. Contact technical support.",
        r"Internal error. Contact technical support.",
        r"Internal error. Contact technical support.",
        r"Internal error. Contact technical support.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Change the resource parameters, or delete the existing unused resource, and try again.",
        r"Check whether the application template exists, specify an existing application template, and try again.",
        r"Check whether the specified application version exists, specify a correct application version, and try again.",
        r"Check whether the specified device exists, specify a correct device, and try again.",
        r"Check whether the specified device template exists, specify a correct device template, and try again.",
        r"Internal error. Contact technical support.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Rename the message endpoint, or, if it does not affect your services, delete the existing message endpoint, and try again.",
        r"Check whether the specified message endpoint has been deleted, specify valid message endpoint information as specified, and try again.",
        r"Stop using the message endpoint, or wait until it is no longer in use, then delete it.",
        r"Reduce resource usage, or contact technical support to increase the quota.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Rename the message route, or, if it does not affect your services, delete the existing message route, and try again.",
        r"Check whether the specified message route has been deleted, specify valid message route information as specified, and try again.",
        r"Specify a valid message route operation action as specified and try again.",
        r"Specify a valid message route operation action as specified and try again.",
        r"Log in to the IEF console, find the route on the message routes page, check its current state, and act according to your services. If the route is already being enabled, do not enable it again.",
        r"Reduce resource usage, or contact technical support to increase the quota.",
        r"Check whether the specified DIS channel has been deleted, specify valid DIS channel information as specified, and try again.",
        r"Check whether the specified DIS channel has been deleted, specify valid DIS channel information as specified, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Change the eventbus topic, or, if it does not affect your services, delete the existing eventbus topic, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Change the MQTT topic, or, if it does not affect your services, delete the existing MQTT topic, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Change the REST path, or, if it does not affect your services, delete the existing REST path, and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Check whether the specified device has been deleted, specify valid device information as specified, and try again.",
        r"Check whether the specified edge node has been deleted, specify valid edge node information as specified, and try again.",
        r"Change the edge node, or, if it does not affect your services, delete the existing edge node, and try again.",
        r"Specify a correct project_id and try again.",
        r"Specify a correct project_id and try again.",
        r"Specify a correct domain_id and try again.",
        r"Specify a correct URL and try again.",
        r"Specify a correct label and try again.",
        r"Check whether the specified edge node has been deleted, specify valid edge node information as specified, and try again.",
        r"Specify a correct resource and try again.",
        r"Specify a correct nodeId and try again.",
        r"Correct the quota type according to the returned error details or the API reference, and try again.",
        r"Make sure the request header carries a correct token.",
        r"Make sure the token is correct, or obtain a new token. If the token is correct, contact technical support.",
        r"Obtain a new token.",
        r"Internal error. Contact technical support.",
        r"Internal error. Contact technical support.",
        r"Internal error. Contact technical support.",
        r"Make sure a correct token is used, or contact technical support.",
        r"Internal error. Contact technical support.",
        r"Obtain the token with the tenant's project_id and try again. If the token is correct, contact technical support.",
        r"Make sure the token in the request header is correct and try again. If the token is correct, contact technical support.",
        r"Make sure the token in the request header is correct and try again. If the token is correct, contact technical support.",
        r"Make sure the token in the request header is correct and try again. If the token is correct, contact technical support.",
        r"No node in the node group is running. Start a node and try again.",
        r"The Deployment is being created and cannot be deleted.",
        r"The specified resource does not exist. Make sure the resource is in a normal state and try again.",
        r"Register (manage) a node and try again.",
        r"The device configuration is missing. Configure the device again.",
        r"The Deployment is being deleted. Do not delete it again.",
        r"Make sure the node is running normally and try again.",
        r"Find the exact cause from the returned error details or the API reference, correct the parameter values, and try again.",
        r"Check whether the resource was added twice, then try again.",
        r"Remove the instances or Deployments bound to the node and try again.",
        r"Internal error. Contact technical support.",
        r"Internal error. Contact technical support.",
        r"Internal error. Contact technical support.",
        r"Internal error. Contact technical support.",
        r"Internal error. Contact technical support.",
        r"Internal error. Contact technical support.",
        r"Internal error. Contact technical support.",
        r"Internal error. Contact technical support.",
        r"Internal error. Contact technical support.",
        r"Internal error. Contact technical support.",
        r"Internal error. Contact technical support.",
    ];
    const REMEDIATIONS_ZH: &[&'static ::core::primitive::str; 149] = &[
        r"确认请求的url是否拼写正确,如果确认使用正确,请联系技术支持工程师协助解决",
        r"确认用租户的project_id获取token后重试。如果确认token正确,请联系技术支持工程师协助解决",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"查看请求返回体的错误信息,请根据具体失败原因,修改参数值后重试。",
        r"按照规范正确填写卷类型",
        r"按照规范正确填写应用版本的版本名称",
        r"请按照规范正确填写应用模板名称后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"请填写正确的镜像地址后重试",
        r"按照规范正确填写,模板可见性属性值仅支持public/private/shared或不填",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。",
        r"先解绑设备上的节点,再执行删除设备操作",
        r"查看接口文档要求,按照规范正确填写消息主题后重试",
        r"登录IEF控制台,进入节点管理页面,找到需要操作的节点,进入节点详情页,确认是否已绑定设备,解绑设备后,重新执行删除节点操作",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"请根据返回体中的错误详细原因,修改参数值,确保配额充足再重试。",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"按照规范正确填写应用版本资源配置",
        r"按照规范正确填写配置项命名",
        r"按照规范正确填写配置项数据key",
        r"按照规范正确填写配置项数据value",
        r"按照规范正确填写配置项数据",
        r"请根据返回体中的错误详细原因,修改参数值,确保配额充足再重试。",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。",
        r"按照规范正确填写探针属性,仅支持exec/http_get/tcp_socket_port三个属性",
        r"请确认节点正常运行后重试。",
        r"请根据返回体中的错误详细原因,修改参数值,确保配额充足再重试。",
        r"请确认设备类型正确后重试。",
        r"按照规范正确填写密钥名称",
        r"按照规范正确填写密钥数据",
        r"按照规范正确填写密钥类型",
        r"按照规范正确填写密钥键",
        r"按照规范正确填写密钥值",
        r"先停止密钥的使用,再执行删除密钥的动作",
        r"先停止配置项的使用,再执行删除配置项的动作",
        r"先停止节点更新,再执行删除应用的动作",
        r"按照规范正确填写应用版本高级配置参数",
        r"请指定正确的节点操作类型",
        r"检查密钥数据是否存在密钥数据记录,至少存在一个密钥记录",
        r"建议升级节点到最新版本,可以在节点详情页确认节点版本,以及查看节点升级记录",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"请检查设备的静态属性信息正确,修改参数值后重试。",
        r"请检查设备的静态属性信息正确,修改参数值后重试。",
        r"请确认节点正常运行后重试。",
        r"请确认插件和实例的版本匹配,使用正确的插件版本。",
        r"请确保请求资源参数的正确性,如果确认使用正确,请联系技术支持工程师协助解决",
        r"专业版不支持该API,请在企业版中操作。",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。",
        r"内部错误,请联系技术支持工程师协助解决",
        r"确认用请求头中的token正确后重试。如果确认token正确,请联系技术支持工程师协助解决。",
        r"内部错误,请联系技术支持工程师协助解决。",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"修改服务参数,或者删除已存在的无用服务后重试",
        r"确认关联应用是否存在,正确填写关联应用后重试",
        r"内部错误,请联系技术支持工程师协助解决",
        r"内部错误,请联系技术支持工程师协助解决",
        r"内部错误,请联系技术支持工程师协助解决",
        r"内部错误,请联系技术支持工程师协助解决",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。",
        r"修改资源参数,或者删除已存在的无用资源后重试",
        r"查看相应的应用模板是否存在,正确填写存在的应用模板后重试",
        r"确认指定的应用版本是否存在,正确填写应用版本后重试",
        r"确认指定的设备是否存在,正确填写设备后重试",
        r"确认指定的设备模板是否存在,正确填写设备模板后重试",
        r"内部错误,请联系技术支持工程师协助解决",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"修改消息端点命名,或者在确定不影响业务的情况下,删除已存在的消息端点后重试",
        r"确定指定的消息端点是否被删除,按照规范正确填写消息端点信息后重试",
        r"结束消息端点使用,或者等待消息端点使用结束后,再执行删除操作",
        r"请减少资源使用量,或者联系技术支持工程师扩大配额",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"修改消息路由命名,或者在确定不影响业务的情况下,删除已存在的消息路由后重试",
        r"确定指定的消息路由是否被删除,按照规范正确填写消息路由信息后重试",
        r"按照规范正确填写消息路由操作action后重试",
        r"按照规范正确填写消息路由操作action后重试",
        r"登录IEF控制台,在消息路由页面找到指定的路由,确定路由当前状态,根据当前业务执行操作,如果路由已经在启用中,就不用再执行启用操作",
        r"请减少资源使用量,或者联系技术支持工程师扩大配额",
        r"确定指定的dis通道是否被删除,按照规范正确填写dis通道信息后重试",
        r"确定指定的dis通道是否被删除,按照规范正确填写dis通道信息后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"修改eventbus Topic,或者在确定不影响业务的情况下,删除已存在的eventbus Topic后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"修改MQTT的Topic,或者在确定不影响业务的情况下,删除已存在的MQTT的Topic后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"修改rest路径或者在确定不影响业务的情况下,删除已存在的rest路径后重试",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试",
        r"确定指定的设备是否被删除,按照规范正确填写设备信息后重试",
        r"确定指定的边缘节点是否被删除,按照规范正确填写边缘节点信息后重试",
        r"修改边缘节点,或者在确定不影响业务的情况下,删除已存在的边缘节点后重试",
        r"请填写正确的project_id后重试",
        r"请填写正确的project_id后重试",
        r"请填写正确的domain_id后重试",
        r"请填写正确的URL后重试",
        r"请填写正确的标签后重试",
        r"确定指定的边缘节点是否被删除,按照规范正确填写边缘节点信息后重试",
        r"请填写正确的资源后重试",
        r"请填写正确的nodeId后重试",
        r"根据返回的具体错误信息,或者对照接口文档,修改配额类型后重试",
        r"确认请求header里带上正确的token",
        r"确认填写正确token,或重新获取token。如果确认token正确,请联系技术支持工程师协助解决",
        r"重新申请token",
        r"内部错误,请联系技术支持工程师协助解决",
        r"内部错误,请联系技术支持工程师协助解决",
        r"内部错误,请联系技术支持工程师协助解决",
        r"请确认使用了正确的token,或者请联系技术支持工程师协助解决",
        r"内部错误,请联系技术支持工程师协助解决",
        r"确认用租户的project_id获取token后重试。如果确认token正确,请联系技术支持工程师协助解决。",
        r"确认用请求头中的token正确后重试。如果确认token正确,请联系技术支持工程师协助解决。",
        r"确认用请求头中的token正确后重试。如果确认token正确,请联系技术支持工程师协助解决。",
        r"确认用请求头中的token正确后重试。如果确认token正确,请联系技术支持工程师协助解决。",
        r"节点组中没有正在运行的节点,请启动节点后操作。",
        r"Deployment正在创建中,无法删除。",
        r"指定资源不存在,请确认资源的状态正常后重试。",
        r"请纳管节点后重试。",
        r"设备配置缺失,请重新配置设备。",
        r"Deployment正在删除中,请勿重复删除。",
        r"请确认节点正常运行后重试。",
        r"根据返回的具体错误信息,或者对照接口文档,确认错误具体原因,修改参数值后重试。",
        r"请确认是否重复添加资源后重试。",
        r"请清除节点绑定的实例或Deployment后重试。",
        r"内部错误,请联系技术支持工程师协助解决。",
        r"内部错误,请联系技术支持工程师协助解决。",
        r"内部错误,请联系技术支持工程师协助解决。",
        r"内部错误,请联系技术支持工程师协助解决。",
        r"内部错误,请联系技术支持工程师协助解决。",
        r"内部错误,请联系技术支持工程师协助解决。",
        r"内部错误,请联系技术支持工程师协助解决。",
        r"内部错误,请联系技术支持工程师协助解决。",
        r"内部错误,请联系技术支持工程师协助解决。",
        r"内部错误,请联系技术支持工程师协助解决。",
        r"内部错误,请联系技术支持工程师协助解决。",
    ];
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
        /// The variant's name as the table writes it, such as `"InvalidOffset"`.
        #[must_use]
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {
            NAMES[self as ::core::primitive::usize]
        }
        /// The code the service sends for this error, as the table writes it.
        #[must_use]
        #[inline]
        pub const fn code(self) -> &'static ::core::primitive::str {
            CODES[self as ::core::primitive::usize]
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
                ::ief_errors::Lang::En => MESSAGES_EN[self as ::core::primitive::usize],
                ::ief_errors::Lang::Zh => MESSAGES_ZH[self as ::core::primitive::usize],
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
                    REMEDIATIONS_EN[self as ::core::primitive::usize]
                }
                ::ief_errors::Lang::Zh => {
                    REMEDIATIONS_ZH[self as ::core::primitive::usize]
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

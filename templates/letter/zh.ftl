# The letter of invitation (a TSB collective letter), in Chinese: the standard paragraphs
# of ITU-T, copied from TSB Collective letter 3/12 (never retyped). Placeholders ($name)
# are the meeting's facts; see the README's `letter.yaml` section. Paragraphs are inline
# Markdown. The order of the `body-`, `closing-` and `annex-a-` messages is the order
# of the letter.

## Letterhead
date-place = { $date }，{ $place }
reference-label = 文号：
addressees-label = 致：
telephone-label = 电话：
fax-label = 传真：
email-label = 电子邮件：
web-label = 网址：
subject-label = 事由：

## Body, before the deadlines
body-salutation = 尊敬的先生/女士：
body-invitation = 我高兴地邀请您出席{ $group }计划于{ $from_to }（含）在{ $premises }召开的开幕会议。
body-about = { $about }
body-opening = { $opening }与会者注册将自{ $registration_time }起在{ $registration_place }进行。有关会议厅每日安排的信息将在国际电联总部各处的屏幕上显示，也可在[此处]({ $rooms_link })在线查询。
body-practical = 会议实用信息载于附件A。谨提醒各位代表，根据现行规定，决定将由现场出席会议的代表做出。开幕和闭幕全体会议将通过交互式远程参与提供支持（详情见附件A）。
body-draft = { $body }主席{ $chair }拟定的会议议程和时间计划草案载于附件B。
deadlines-label = 重要截止日期：

## Body, after the deadlines
closing-wishes = 祝您与会顺利且富有成效。
closing-regards = 顺致敬意！
information-label = 最新会议信息
annexes = 附件：{ $count }件

## Annex A
annex-a-label = 附件A
annex-a-title = 实用会议信息
annex-a-heading-methods = 工作方法与设施
annex-a-documents = **提交和获取文件**：会议将为无纸化会议。成员文稿应通过文件直传提交；临时文件草案应使用相应模板通过电子邮件提交给研究组秘书处。研究组主页提供了会议文件访问通道，但仅限于拥有含TIES访问权限的国际电联用户账户的ITU-T成员。
annex-a-interpretation = **口译**：因预算限制，在成员国提出申请的情况下，会议的闭幕全体会议将提供口译服务。应通过勾选注册表上的相关方框并在会议开始的至少{ $period_interpretation }前提出请求。
annex-a-wireless = **无线局域网**：国际电联的所有会议厅均提供无线局域网设施，供代表使用。可在现场和ITU-T网站（<https://www.itu.int/en/general-secretariat/ICT-Services/Pages/default.aspx>）上查阅详细信息。
annex-a-lockers = **电子储物箱**：会议期间代表可使用ITU-T RFID胸卡开关电子储物箱。电子储物箱设在国际电联塔楼入口层和地下一层以及Montbrillant大楼零层。
annex-a-printers = **打印机**：在代表休息处以及靠近所有主要会议厅处均有打印机可供使用。为避免需要在代表计算机上安装驱动程序，文件可通过电子邮件发送到所用打印机进行“电子打印”。详情见：<https://itu.int/go/e-print>。
annex-a-laptops = **借用手提电脑**：国际电联计算机使用服务台（[{ $contact_service_desk }](mailto:{ $contact_service_desk })）将为代表提供几部手提电脑，按先到先得的原则，供代表借用。
annex-a-remote = **远程参会**：将在力所能及的范围内提供远程参会服务。开幕和闭幕研究组全体会议将获得交互式远程参会方式的支持。根据现行规定，决定将由现场出席会议的代表做出。
annex-a-remote-rules = 代表们必须在注册了相应的会议后，才能远程参加这些会议。参会者应该了解，按照惯例，会议不会因为远程与会者无法连线、听不到或无法被听到而推迟或中断，一切听从主席的酌情安排。如果认为远程与会者的语音质量不佳，主席可以打断远程与会者的发言，并且在有迹象表明问题得到解决之前，可以不让该与会者发言。鼓励与会者使用会议聊天工具，以促进会议期间的有效时间管理，由主席酌情决定。
annex-a-heading-registration = 预注册、新代表、与会补贴和签证协办
annex-a-registration = **预注册**：现场和远程与会者均须进行预注册，并须于会议开始前至少{ $period_registration }通过研究组主页在线完成。ITU-T注册系统要求单位联系人批准注册申请；但可根据电信标准化局第1号通函规定，变更为自动批准。注册表中的一些备选项仅适用于成员国，包括职务、口译申请和与会补贴申请。请成员尽可能吸收女性代表加入代表团。
annex-a-new-delegates = **新代表**：将邀请新代表参加辅导项目，包括抵达时的迎新简介、引导参观国际电联总部以及有关ITUT工作的情况介绍会。如欲参加，请联系：[{ $contact_new_delegates }](mailto:{ $contact_new_delegates })。针对新代表的快速指南见。
annex-a-fellowships = **与会补贴**：为促进符合条件的国家的代表与会，视可用资金情况，每个国家可提供最多两份现场会议的非全额与会补贴。一份非全额与会补贴将包括a) 机票（一张从出发国到会议地点的最直接/最经济路线的往返经济舱机票）或b) 适当的每日生活津贴（用于支付住宿、膳食和杂费）。如果申请两份非全额现场参会与会补贴，其中至少一份应为机票。申请者所在组织负责支付剩余的参会费用。
annex-a-fellowships-criteria = 根据全权代表大会第213号决议（2018年，迪拜），鼓励与会补贴提名考虑到性别平衡以及残疾人和有具体需求人士的参与。决定发放与会补贴的标准包括国际电联的可用预算、积极参会情况（包括提交相关书面文稿）、不同国家和区域间的公平分配、残疾人和有具体需求人士的申请，以及性别平衡。
annex-a-fellowships-form = 申请表可在研究组主页上获取。与会补贴申请最迟必须在{ $date_fellowships }前收到，通过电子邮件发至[{ $contact_fellowships }](mailto:{ $contact_fellowships })或传真至{ $contact_fellowships_fax }。在提交与会补贴申请之前，需要先进行注册（由联系人批准），因此强烈建议在会议开始的至少{ $period_fellowship_registration }前进行活动注册并启动申请程序。
annex-a-visa = **签证协办**：如有需要，必须在抵达瑞士之前向驻贵国的瑞士代表机构（使馆或领事馆）申请签证。如果贵国没有此类机构，则请向离出发国最近的此类机构申请。由于截止日期各不相同，因此建议直接向相关代表机构咨询并尽早申请。
annex-a-visa-help = 如果遇到问题，国际电联可根据您所代表的主管部门或实体提出的正式请求与有权能的瑞士当局接触，以便为发放签证提供方便。在贵组织的注册联系人批准了您的注册之后，通常需要15天才能发出签证申请函。因此，申请应在不晚于会议开始的{ $period_visa }前通过勾选注册表上的相应方框提出。如有问题，请发送电子邮件至国际电联差旅科（[{ $contact_travel }](mailto:{ $contact_travel })），并请注明“签证协办（visa support）”。
annex-a-heading-geneva = 到访日内瓦：酒店、公共交通
annex-a-geneva = **到访日内瓦**：为在日内瓦参加国际电联会议的代表准备的实用信息可在以下网址查询：<https://itu.int/en/delegates-corner>。
annex-a-hotels = **酒店折扣**：一些日内瓦酒店为出席国际电联会议的代表提供优惠价格，并提供一张免费使用日内瓦公共交通系统的交通卡。欲了解参与优惠活动的酒店名单以及如何取得折扣的指南，请访问以下网址：<https://itu.int/travel/>。

## A period before the meeting, as the paragraphs above say it ($n of $unit: days, weeks, months)
period = { $unit ->
    [days] { $n }天
    [weeks] { $n ->
        [1] 一
        [2] 两
        [3] 三
        [4] 四
        [5] 五
        [6] 六
        [7] 七
        [8] 八
        [9] 九
       *[other] { $n }
    }周
   *[months] { $n ->
        [1] 一个
        [2] 两个
        [3] 三个
       *[other] { $n }个
    }月
}

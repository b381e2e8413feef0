/** Arabic strings of every widget. Loaded on pages in Arabic; English fills any gap. */
import type { Locale } from './locale.js';

const ar: Locale = {
  widget: {
    loading: 'جارٍ التحميل…',
    errorTitle: 'تعذّر تحميل هذا المحتوى.',
    retry: 'أعد المحاولة',
    empty: 'لا يوجد ما يُعرض بعد.',
    stale: 'محتوى محفوظ: تعذّر تحميل آخر تحديث.',
    noSource: 'لم يُعطَ هذا العنصر أي موجز.',
    itemMissing: 'هذه المقالة غير موجودة في الموجز.',
    sponsored: 'محتوى مموَّل',
    'error-network': 'تحقّق من اتصالك وأعد المحاولة.',
    'error-http': 'مصدر الأخبار غير متاح.',
    'error-timeout': 'تحقّق من اتصالك وأعد المحاولة.',
  },
  'headline-list': {
    empty: 'لا توجد عناوين بعد.',
    heading: 'أحدث العناوين',
    viewAll: 'عرض الكل',
    loadMore: 'تحميل المزيد',
    loadingMore: 'جارٍ تحميل المزيد…',
    loadMoreError: 'تعذّر تحميل المزيد من العناوين.',
    moreShown: 'تُعرض الآن عناوين إضافية.',
    readingTime: 'مدة القراءة {duration}',
    noMatches: 'لا توجد عناوين تطابق عوامل تصفية هذه القائمة (الفئة أو الوسم أو المقالات المستبعدة).',
  },
  'article-card': {
    byline: 'بقلم {authors}',
    readingTime: '{duration} للقراءة',
    tags: 'الوسوم',
    untitled: 'مقالة بلا عنوان',
  },
  'faq-accordion': {
    heading: 'الأسئلة الشائعة',
    noQuestions: 'لا توجد أسئلة بعد.',
  },
  'key-takeaways': {
    heading: 'أبرز النقاط',
    showAll: 'عرض الكل ({count})',
    showFewer: 'عرض أقل',
    opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  },
  'article-meta': {
    publishedBy: 'الناشر: {publisher}',
    byline: 'بقلم {authors}',
    published: 'تاريخ النشر: {date}',
    updated: 'آخر تحديث: {date}',
    readingTime: '{duration} للقراءة',
  },
  'article-tags': {
    tags: 'الوسوم',
    opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  },
  'reference-list': {
    heading: 'المراجع',
    opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  },
  'quick-summary': {
    heading: 'ملخص سريع',
  },
  'table-of-contents': {
    heading: 'المحتويات',
  },
  'newsletter-signup': {
    heading: 'اشترك في نشرتنا الإخبارية',
    emailLabel: 'البريد الإلكتروني',
    emailPlaceholder: 'name@example.com',
    subscribe: 'اشترك',
    subscribing: 'جارٍ الاشتراك…',
    success: 'شكرًا لاشتراكك! تحقق من بريدك الوارد لتأكيد عنوانك.',
    emailMissing: 'أدخل عنوان بريدك الإلكتروني.',
    emailInvalid: 'أدخل عنوان بريد إلكتروني صالحًا، مثل name@example.com.',
    refused: 'لم يكتمل الاشتراك. تحقق من العنوان وحاول مرة أخرى.',
    failed: 'تعذّر اشتراكك الآن. يُرجى المحاولة لاحقًا.',
    timedOut: 'استغرق الاشتراك وقتًا طويلًا. يُرجى المحاولة لاحقًا.',
    unavailable: 'الاشتراك في النشرة الإخبارية غير متاح حاليًا.',
    honeypotLabel: 'اترك هذا الحقل فارغًا',
  },
  'article-pager': {
    label: 'المقالان السابق والتالي',
    previous: 'المقال السابق',
    next: 'المقال التالي',
    previousInCategory: 'المقال السابق في {category}',
    nextInCategory: 'المقال التالي في {category}',
  },
  'article-breadcrumbs': {
    label: 'مسار التنقل',
  },
  'editorial-disclosure': {
    heading: 'إفصاح تحريري وإعلاني',
    readMore: 'اقرأ المزيد',
    showLess: 'عرض أقل',
  },
  'news-article': {
    moreFrom: 'المزيد من {category}',
    moreHeadlines: 'مزيد من العناوين',
  },
  'article-body': {
    noBody: 'لا يحتوي هذا المقال على نص بعد.',
    opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
    bodyCut: 'لا يُعرض هنا باقي هذا المقال.',
    readWhole: 'اقرأ المقال كاملًا',
  },
};

export default ar;

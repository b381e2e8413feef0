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
};

export default ar;

// A synthetic voter file for benchmarks: households of one to four people
// named as the communities Puerta serves name them (Spanish, Vietnamese,
// Chinese and Korean in their own scripts, Tagalog, English), with a
// preferred language each, phones for most, one building in five with
// several apartments. Made up, and the same for the same size, so runs compare.
// The columns are those `puerta list inspect` reads as its generic layout.

const NAMES = {
  es: {
    share: 35,
    given: ['María Guadalupe', 'José Luis', 'Ana', 'Jesús', 'Rosa', 'Miguel Ángel', 'Carmen', 'Juan Carlos', 'Xóchitl', 'Yesenia'],
    family: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Flores'],
  },
  en: {
    share: 20,
    given: ['James', 'Mary', 'Aaliyah', 'DeShawn', 'Patricia', 'Jamal', 'Keisha', 'Robert', 'Imani', 'Tyrone'],
    family: ['Smith', 'Johnson', 'Washington', 'Jackson', 'Williams', 'Brown', 'Davis', 'Harris', 'Robinson', 'Walker'],
  },
  vi: {
    share: 12,
    given: ['Văn An', 'Thị Hoa', 'Minh Tuấn', 'Thị Lan', 'Quốc Bảo', 'Ngọc Ánh', 'Đức Thắng', 'Thu Trang'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ'],
  },
  zh: {
    share: 12,
    given: ['秀英', '伟', '芳', '娜', '敏', '静', '丽华', '志强', '磊', '建军'],
    family: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵'],
  },
  ko: {
    share: 8,
    given: ['민준', '서연', '지우', '하은', '도윤', '서준', '지민', '수빈'],
    family: ['김', '이', '박', '최', '정', '강', '조', '윤'],
  },
  tl: {
    share: 13,
    given: ['Maria Luz', 'Jose Rizal', 'Rizalina', 'Ramon', 'Marites', 'Analyn', 'Rommel', 'Jun'],
    family: ['Santos', 'Reyes', 'Dela Cruz', 'Bautista', 'Ocampo', 'Mendoza', 'Villanueva', 'Aquino'],
  },
};
const STREETS = ['Esperanza St', 'Oak Ave', 'Santa Clara St', 'King Rd', 'Story Rd', 'Tully Rd', 'McKee Rd',
  'Alum Rock Ave', 'Capitol Expy', 'White Rd', 'Jackson Ave', 'Nueva Vista Ct'];

// mulberry32: small, seeded, the same everywhere.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickLanguage(r) {
  let roll = r() * 100;
  for (const [code, { share }] of Object.entries(NAMES)) {
    if ((roll -= share) < 0) return code;
  }
  return 'en';
}

const csvField = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

// The CSV text of `households` doors; returns { csv, voters }.
export function makeVoterFile(households, seed = 12) {
  const r = random(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const rows = ['id,first_name,last_name,address,unit,city,zip,latitude,longitude,phone,language,party'];
  let voters = 0;
  let door = 0;
  for (let building = 0; door < households; ++building) {
    const street = STREETS[building % STREETS.length];
    const number = 100 + 2 * Math.floor(building / STREETS.length);
    const lat = (37.33 + (building % 40) * 0.0009).toFixed(5);
    const lon = (-121.90 + Math.floor(building / 40) * 0.0011).toFixed(5);
    const units = building % 5 === 4 ? 4 : 1;
    for (let u = 0; u < units && door < households; ++u, ++door) {
      const language = pickLanguage(r);
      const names = NAMES[language];
      const family = pick(names.family);
      const people = 1 + Math.floor(r() * r() * 4);  // mostly one or two
      for (let p = 0; p < people; ++p, ++voters) {
        const phone = r() < 0.6 ? `408-555-${String(1000 + Math.floor(r() * 9000))}` : '';
        rows.push([`SV-${100000 + voters}`, pick(names.given), p > 0 && r() < 0.2 ? pick(names.family) : family,
          `${number} ${street}`, units > 1 ? String(u + 1) : '', 'San Miguel', '95112', lat, lon, phone, language,
          pick(['DEM', 'REP', 'NPP'])].map(csvField).join(','));
      }
    }
  }
  return { csv: rows.join('\n') + '\n', voters };
}

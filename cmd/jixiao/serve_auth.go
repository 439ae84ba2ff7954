package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"jixiao/pipeline/publish"

	"golang.org/x/crypto/bcrypt"
	"golang.org/x/term"
)

// users are the accounts of a served page: name → bcrypt hash, from a
// file of lines 名字:哈希 that jixiao serve --add-user writes.
type users map[string][]byte

func loadUsers(path string) (users, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取用户文件 %s：%s%s", path, publish.Explain(err), usersHint(err))
	}
	defer f.Close()
	u := users{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, hash, ok := strings.Cut(line, ":")
		if !ok || name == "" || !strings.HasPrefix(hash, "$2") {
			return nil, fmt.Errorf("用户文件 %s 第%d行应为“名字:密码哈希”，请用 jixiao serve --add-user 生成", path, n)
		}
		u[name] = []byte(hash)
	}
	if len(u) == 0 {
		return nil, fmt.Errorf("用户文件 %s 中没有用户", path)
	}
	return u, nil
}

// check reports whether password is name's; it takes as long for an
// unknown name as for a known one.
func (u users) check(name, password string) bool {
	hash, ok := u[name]
	if !ok {
		hash = dummyHash()
	}
	return bcrypt.CompareHashAndPassword(hash, []byte(password)) == nil && ok
}

// dummyHash is compared against for an unknown name; made when first
// needed, since bcrypt takes tens of milliseconds that no other command
// should pay at start.
var dummyHash = sync.OnceValue(func() []byte {
	h, _ := bcrypt.GenerateFromPassword([]byte("不是任何人的密码"), bcrypt.DefaultCost)
	return h
})

// addUser appends name with a password read from the terminal (asked
// twice) or from the first line of stdin, to the users file.
func addUser(path, name string, stdin io.Reader, stdout io.Writer) error {
	if name == "" || strings.ContainsAny(name, ":\n\r") {
		return errors.New("用户名不能为空，也不能含冒号")
	}
	var password string
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(stdout, "密码：")
		a, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprint(stdout, "\n再输入一次：")
		b, err2 := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stdout)
		if err != nil || err2 != nil {
			return errors.New("无法读取密码")
		}
		if string(a) != string(b) {
			return errors.New("两次输入的密码不同")
		}
		password = string(a)
	} else {
		line, err := bufio.NewReader(stdin).ReadString('\n')
		if err != nil && line == "" {
			return errors.New("请从标准输入给出密码（一行）")
		}
		password = strings.TrimRight(line, "\r\n")
	}
	if len([]rune(password)) < 8 {
		return errors.New("密码至少 8 个字符")
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	if existing, err := loadUsers(path); err == nil {
		if _, dup := existing[name]; dup {
			return fmt.Errorf("用户 %s 已存在", name)
		}
	}
	// A fresh server has no /etc/jixiao yet. The file is the service
	// user's alone (0600): the hashes are not for others to try offline.
	err = os.MkdirAll(filepath.Dir(path), 0o755)
	var f *os.File
	if err == nil {
		f, err = os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	}
	if err == nil {
		_, err = fmt.Fprintf(f, "%s:%s\n", name, hash)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fmt.Errorf("无法写入用户文件 %s：%s%s", path, publish.Explain(err), usersHint(err))
	}
	return nil
}

// usersHint says, when the users file could not be opened for want of
// permission, who must own it: the user the server runs as.
func usersHint(err error) string {
	if !errors.Is(err, fs.ErrPermission) {
		return ""
	}
	return "。用户文件应属于运行 jixiao serve 的用户（如 systemd 的 User=jixiao）：用该用户添加账号，例如 sudo -u jixiao jixiao serve --users 用户文件 --add-user 名字"
}

// loopback reports whether an address listens on this machine only.
func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

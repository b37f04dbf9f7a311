import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.caesar_1('hello') == 'ifmmp', "'hello'"
assert solution.caesar_1('xyz') == 'yza', "'xyz'"
assert solution.caesar_1('loopwright') == 'mppqxsjhiu', "'loopwright'"

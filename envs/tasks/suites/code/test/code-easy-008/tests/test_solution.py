import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.add_46(58) == 104, '58'
assert solution.add_46(69) == 115, '69'
assert solution.add_46(-14) == 32, '-14'
assert solution.add_46(56) == 102, '56'

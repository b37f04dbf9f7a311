import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_12_46(-1) == 2, '-1'
assert solution.clamp_12_46(2) == 2, '2'
assert solution.clamp_12_46(19) == 19, '19'
assert solution.clamp_12_46(43) == 36, '43'

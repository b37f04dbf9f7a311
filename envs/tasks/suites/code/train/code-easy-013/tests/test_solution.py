import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.sub_40(30) == -10, '30'
assert solution.sub_40(25) == -15, '25'
assert solution.sub_40(33) == -7, '33'
assert solution.sub_40(-17) == -57, '-17'

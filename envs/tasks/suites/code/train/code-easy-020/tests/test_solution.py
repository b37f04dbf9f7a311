import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.add_26(29) == 55, '29'
assert solution.add_26(35) == 61, '35'
assert solution.add_26(76) == 102, '76'
assert solution.add_26(19) == 45, '19'

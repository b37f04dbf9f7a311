#!/usr/bin/env bash
sort /workspace/kettle.txt | head -n 6 > /workspace/nectar.txt

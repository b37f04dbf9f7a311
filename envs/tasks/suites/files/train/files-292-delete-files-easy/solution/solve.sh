#!/usr/bin/env bash
rm /workspace/nectar.txt
